package nl.buurtkaarten.cards;

import java.util.List;
import java.util.Map;

/**
 * One conversation card as written in a deck file.
 *
 * @param text the card's text per language code; Dutch ("nl") is always present
 * @param notes optional hints for the facilitator per language code
 * @param image optional picture, a file name relative to the deck's folder; null when none
 * @param tags the parent's style, the child's behaviour and the place of a situation, for the
 *     facilitator; {@link CardTags#NONE} when the card names none
 * @param choices the pictures parents tap in the low-literacy mode, as the deck file names them;
 *     empty means the kind's default (see {@link #pictureChoices()})
 */
public record Card(
        String deckId,
        String id,
        CardKind kind,
        String theme,
        SupportKind support,
        Map<String, String> text,
        Map<String, String> notes,
        String image,
        CardTags tags,
        List<PictureChoice> choices) {

    public static final String DEFAULT_LANGUAGE = "nl";
    /** The longest text a card may have in any language: what fits on a projector and a phone. */
    public static final int MAX_TEXT = 200;

    public Card {
        text = Map.copyOf(text);
        notes = Map.copyOf(notes);
        tags = tags == null ? CardTags.NONE : tags;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A card without tags and with the default picture choices of its kind. */
    public Card(
            String deckId,
            String id,
            CardKind kind,
            String theme,
            SupportKind support,
            Map<String, String> text,
            Map<String, String> notes,
            String image) {
        this(deckId, id, kind, theme, support, text, notes, image, CardTags.NONE, List.of());
    }

    /** The text in the given language, or in Dutch when the deck has no translation. */
    public String textIn(String language) {
        return text.getOrDefault(language, text.get(DEFAULT_LANGUAGE));
    }

    /** The pictures to offer in the low-literacy mode: the card's own, or else its kind's default. */
    public List<PictureChoice> pictureChoices() {
        return choices.isEmpty() ? kind.defaultChoices() : choices;
    }

    /** The same card in another deck, or with another id (as the editor saves it). */
    public Card placedIn(String otherDeckId) {
        return new Card(otherDeckId, id, kind, theme, support, text, notes, image, tags, choices);
    }
}
