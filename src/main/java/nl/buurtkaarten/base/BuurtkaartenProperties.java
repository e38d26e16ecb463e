package nl.buurtkaarten.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the application, under the prefix {@code buurtkaarten}.
 *
 * @param cardsDir the folder with the card decks (one sub-folder per deck)
 * @param publicUrl the address phones use to reach the app, e.g. {@code http://192.168.1.20:8080};
 *     empty means "the address the facilitator's browser used"
 */
@ConfigurationProperties("buurtkaarten")
public record BuurtkaartenProperties(Path cardsDir, String publicUrl) {

    public BuurtkaartenProperties {
        if (cardsDir == null) {
            cardsDir = Path.of("cards");
        }
        if (publicUrl != null && publicUrl.isBlank()) {
            publicUrl = null;
        }
        if (publicUrl != null && publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
    }
}
