package nl.buurtkaarten.participation;

import java.time.Instant;
import nl.buurtkaarten.cards.PictureChoice;

/**
 * A parent's answer to a drawn card: a text, or a picture they tapped (a reaction to a statement,
 * or an answer to any card in the low-literacy mode).
 *
 * @param nickname the author's nickname; shown to others only when {@code showName} is set
 * @param hidden whether the facilitator took the answer off the screen
 */
public record Answer(
        long id,
        long participantId,
        long drawId,
        String text,
        PictureChoice reaction,
        boolean showName,
        boolean hidden,
        String nickname,
        Instant createdAt) {

    public boolean isReaction() {
        return reaction != null;
    }

    /** The name to show with this answer on shared screens, or null for anonymous. */
    public String publicName() {
        return showName ? nickname : null;
    }
}
