package nl.buurtkaarten.cards;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A deck of cards, read from one folder under {@code cards/}. */
public record Deck(
        String id,
        int version,
        Map<String, String> title,
        Map<String, String> description,
        String credits,
        List<Card> cards) {

    public Deck {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        cards = List.copyOf(cards);
    }

    public String titleIn(String language) {
        return title.getOrDefault(language, title.get(Card.DEFAULT_LANGUAGE));
    }

    /** The themes of this deck's cards, sorted. */
    public List<String> themes() {
        return List.copyOf(new TreeSet<>(cards.stream().map(Card::theme).toList()));
    }
}
