package nl.buurtkaarten.meeting.ui;

import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.MeetingNow;
import org.springframework.modulith.NamedInterface;

/**
 * Puts the meeting's current card on a {@link CardDisplay}, which knows only cards: the drawn copy
 * of the card with its picture, or the waiting text before the first draw.
 */
@NamedInterface("ui")
public final class CurrentCard {

    private CurrentCard() {}

    /** Shows the meeting's current card in the given language on the display. */
    public static void show(CardDisplay display, MeetingNow now, String language) {
        if (now.card() == null) {
            display.showWaiting();
        } else {
            display.show(asCard(now.card()), language);
            display.showImage(now.currentImage());
        }
    }

    /** The card as it was drawn: its text as it stood then, whatever its deck file says now. */
    static Card asCard(DrawnCard drawn) {
        return new Card(
                drawn.deckId(),
                drawn.cardId(),
                drawn.kind(),
                drawn.theme(),
                drawn.support(),
                drawn.text(),
                drawn.notes(),
                null);
    }
}
