package nl.buurtkaarten.cards;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A deck of cards, read from one folder under {@code cards/}.
 *
 * @param review per language code, whether a native speaker still has to check the texts in it
 * @param retired ids of cards that were removed; no card of this deck may use them again
 */
public record Deck(
        String id,
        int version,
        Map<String, String> title,
        Map<String, String> description,
        String credits,
        List<Card> cards,
        Map<String, TranslationReview> review,
        List<String> retired) {

    public Deck {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        cards = List.copyOf(cards);
        review = review == null ? Map.of() : Map.copyOf(review);
        retired = retired == null ? List.of() : List.copyOf(retired);
    }

    /** A deck without review marks and retired ids. */
    public Deck(
            String id,
            int version,
            Map<String, String> title,
            Map<String, String> description,
            String credits,
            List<Card> cards) {
        this(id, version, title, description, credits, cards, Map.of(), List.of());
    }

    public String titleIn(String language) {
        return title.getOrDefault(language, title.get(Card.DEFAULT_LANGUAGE));
    }

    /** The themes of this deck's cards, sorted. */
    public List<String> themes() {
        return List.copyOf(new TreeSet<>(cards.stream().map(Card::theme).toList()));
    }

    /** The languages whose texts a native speaker still has to check, sorted; for facilitators, not parents. */
    public List<String> languagesToReview() {
        return new TreeMap<>(review)
                .entrySet().stream()
                        .filter(entry -> entry.getValue() == TranslationReview.NEEDED)
                        .map(Map.Entry::getKey)
                        .toList();
    }

    /** The same deck with other cards. */
    public Deck withCards(List<Card> otherCards) {
        return withCards(otherCards, retired);
    }

    /** The same deck with other cards and retired ids (a card renamed or deleted retires its id). */
    public Deck withCards(List<Card> otherCards, List<String> otherRetired) {
        return new Deck(id, version, title, description, credits, otherCards, review, otherRetired);
    }
}
