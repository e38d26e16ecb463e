package nl.buurtkaarten.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.cards.SupportKind;

/**
 * A card as it was drawn in a meeting. Holds a copy of the card's text, so that the card on screen
 * stays as it was drawn even when its deck file changes or disappears.
 *
 * @param choices the pictures a parent can tap to answer it in the low-literacy mode (and the
 *     reactions to a statement), never empty
 */
public record DrawnCard(
        long id,
        long meetingId,
        int sequence,
        String deckId,
        String cardId,
        CardKind kind,
        SupportKind support,
        String theme,
        boolean skipped,
        Instant drawnAt,
        Map<String, String> text,
        Map<String, String> notes,
        List<PictureChoice> choices) {

    public DrawnCard {
        text = Map.copyOf(text);
        notes = Map.copyOf(notes);
        choices = choices == null || choices.isEmpty() ? kind.defaultChoices() : List.copyOf(choices);
    }

    public String textIn(String language) {
        return text.getOrDefault(language, text.get(Card.DEFAULT_LANGUAGE));
    }

    public boolean hasTextIn(String language) {
        return text.containsKey(language);
    }

    public String notesIn(String language) {
        return notes.getOrDefault(language, notes.get(Card.DEFAULT_LANGUAGE));
    }
}
