package nl.buurtkaarten.cards;

import java.util.Map;

/**
 * One conversation card as written in a deck file.
 *
 * @param text the card's text per language code; Dutch ("nl") is always present
 * @param notes optional hints for the facilitator per language code
 * @param image optional picture, a file name relative to the deck's folder; null when none
 */
public record Card(
        String deckId,
        String id,
        CardKind kind,
        String theme,
        SupportKind support,
        Map<String, String> text,
        Map<String, String> notes,
        String image) {

    public static final String DEFAULT_LANGUAGE = "nl";

    public Card {
        text = Map.copyOf(text);
        notes = Map.copyOf(notes);
    }

    /** The text in the given language, or in Dutch when the deck has no translation. */
    public String textIn(String language) {
        return text.getOrDefault(language, text.get(DEFAULT_LANGUAGE));
    }
}
