package nl.buurtkaarten.participation;

import java.time.Instant;

/**
 * A parent's answer to a drawn card: a text, or a reaction to a statement card.
 *
 * @param nickname the author's nickname; shown to others only when {@code showName} is set
 * @param hidden whether the facilitator took the answer off the screen
 */
public record Answer(
        long id,
        long participantId,
        long drawId,
        String text,
        Reaction reaction,
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
