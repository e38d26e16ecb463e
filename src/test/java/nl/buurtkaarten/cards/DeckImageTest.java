package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card's picture must sit in the deck's folder, exist, be small, and really be a picture. */
class DeckImageTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @TempDir
    Path cards;

    @Test
    void aRealPictureInTheFolderIsAccepted() throws IOException {
        Files.createDirectories(cards.resolve("set"));
        Files.write(cards.resolve("set/speeltuin.png"), PNG);
        DeckCatalog catalog = catalogWithImage("speeltuin.png");
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.imageOf("set", "set-01"))
                .contains(cards.resolve("set/speeltuin.png").normalize());
    }

    @Test
    void aMissingPictureIsReportedWithItsLine() throws IOException {
        assertProblem("weg.png", "deck.problem.image-missing");
    }

    @Test
    void aPictureOutsideTheDeckFolderIsRefused() throws IOException {
        Files.write(cards.resolve("buiten.png"), PNG);
        assertProblem("../buiten.png", "deck.problem.image-outside");
    }

    @Test
    void aFileThatIsNotAPictureIsRefused() throws IOException {
        Files.createDirectories(cards.resolve("set"));
        Files.writeString(cards.resolve("set/nep.png"), "<svg onload=alert(1)>");
        assertProblem("nep.png", "deck.problem.image-not-an-image");
    }

    @Test
    void aTooLargePictureIsRefused() throws IOException {
        Files.createDirectories(cards.resolve("set"));
        byte[] big = new byte[600 * 1024];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        Files.write(cards.resolve("set/groot.png"), big);
        assertProblem("groot.png", "deck.problem.image-too-large");
    }

    private void assertProblem(String image, String key) throws IOException {
        DeckCatalog catalog = catalogWithImage(image);
        assertThat(catalog.deck("set")).isEmpty();
        assertThat(catalog.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(key);
            assertThat(problem.line()).isEqualTo(12);
        });
    }

    private DeckCatalog catalogWithImage(String image) throws IOException {
        Files.createDirectories(cards.resolve("set"));
        Files.writeString(cards.resolve("set/deck.yaml"), """
                id: set
                title:
                  nl: "Set"
                cards:
                  - id: set-01
                    kind: question
                    theme: kennismaken
                    support: connection
                    text:
                      nl: "Waar speel je het liefst?"
                    notes: {nl: "Tip"}
                    image: "%s"
                """.formatted(image));
        return new DeckCatalog(new BuurtkaartenProperties(cards, null));
    }
}
