package nl.buurtkaarten.meeting;

import java.nio.file.Path;
import java.util.Optional;
import nl.buurtkaarten.cards.CardTags;

/**
 * The meeting's part of the live picture: the meeting as stored, the card on the screen with its
 * picture and tags, and how far the deck is drawn.
 *
 * @param meeting the meeting, or null once it is deleted
 * @param card the current card, or null before the first draw
 * @param image the current card's picture file, or null
 * @param tags the current card's tags (none without a card)
 * @param progress how many cards are left (null once deleted)
 */
public record MeetingNow(Meeting meeting, DrawnCard card, Path image, CardTags tags, DrawProgress progress) {

    public static MeetingNow gone() {
        return new MeetingNow(null, null, null, CardTags.NONE, null);
    }

    public boolean isGone() {
        return meeting == null;
    }

    public Optional<DrawnCard> currentCard() {
        return Optional.ofNullable(card);
    }

    public Optional<Path> currentImage() {
        return Optional.ofNullable(image);
    }

    /** The current card's draw, or 0 when there is none. */
    public long drawId() {
        return card == null ? 0 : card.id();
    }
}
