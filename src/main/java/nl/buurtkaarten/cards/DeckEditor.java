package nl.buurtkaarten.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.cards.internal.DeckFileReader;
import nl.buurtkaarten.cards.internal.DeckFileWriter;
import org.springframework.stereotype.Service;

/**
 * Changes decks on behalf of the editor in the app. Every change is written to a temporary file,
 * read back with the same validation as hand-written files, and only then moved over the deck file
 * in one step: a failed save changes nothing, and a half-written file is never read.
 */
@Service
public class DeckEditor {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final DeckCatalog catalog;

    public DeckEditor(DeckCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Adds a card, or replaces the card that had {@code previousId} (null for a new card).
     */
    public synchronized Deck saveCard(String deckId, String previousId, Card card) {
        Deck deck = deck(deckId);
        List<Card> cards = new ArrayList<>(deck.cards());
        int index = previousId == null ? -1 : indexOf(cards, previousId);
        boolean idTaken = cards.stream().anyMatch(existing -> existing.id().equals(card.id()))
                && (index < 0 || !cards.get(index).id().equals(card.id()));
        if (idTaken) {
            throw new UserFacingException("editor.error.card-id-taken", card.id());
        }
        if (deck.retired().contains(card.id())) {
            throw new UserFacingException("editor.error.card-id-retired", card.id());
        }
        Card placed = card.placedIn(deckId);
        List<String> retired = new ArrayList<>(deck.retired());
        if (index < 0) {
            cards.add(placed);
        } else {
            String oldId = cards.get(index).id();
            if (!oldId.equals(placed.id()) && !retired.contains(oldId)) {
                retired.add(oldId); // a renamed card's old id is never given to another card
            }
            cards.set(index, placed);
        }
        return write(deckId, deck.withCards(cards, retired));
    }

    /** Removes a card; its id joins the deck's retired ids, so no later card takes it. */
    public synchronized Deck deleteCard(String deckId, String cardId) {
        Deck deck = deck(deckId);
        List<Card> cards = new ArrayList<>(deck.cards());
        int index = indexOf(cards, cardId);
        if (index < 0) {
            throw new UserFacingException("editor.error.card-not-found", cardId);
        }
        cards.remove(index);
        List<String> retired = new ArrayList<>(deck.retired());
        if (!retired.contains(cardId)) {
            retired.add(cardId);
        }
        return write(deckId, deck.withCards(cards, retired));
    }

    /** Changes a deck's own details: titles, descriptions, credits and version. */
    public synchronized Deck saveDetails(
            String deckId, Map<String, String> title, Map<String, String> description, String credits, int version) {
        return saveDetails(
                deckId, title, description, credits, version, deck(deckId).review());
    }

    /** Changes a deck's own details and its review marks (per language: does a native speaker still need to check it). */
    public synchronized Deck saveDetails(
            String deckId,
            Map<String, String> title,
            Map<String, String> description,
            String credits,
            int version,
            Map<String, TranslationReview> review) {
        Deck deck = deck(deckId);
        Map<String, String> cleanTitle = texts(title);
        if (!cleanTitle.containsKey(Card.DEFAULT_LANGUAGE)) {
            throw new UserFacingException("editor.error.title-empty");
        }
        if (version < 1) {
            throw new UserFacingException("deck.problem.version");
        }
        Map<String, TranslationReview> marks = new LinkedHashMap<>(review == null ? Map.of() : review);
        marks.remove(Card.DEFAULT_LANGUAGE);
        return write(
                deckId,
                new Deck(
                        deck.id(),
                        version,
                        cleanTitle,
                        texts(description),
                        credits == null ? "" : credits.strip(),
                        deck.cards(),
                        marks,
                        deck.retired()));
    }

    /** Creates a new, empty deck in a folder named after its id. */
    public synchronized Deck createDeck(String id, String dutchTitle) {
        String cleanId = id == null ? "" : id.strip();
        if (!ID.matcher(cleanId).matches()) {
            throw new UserFacingException("deck.problem.bad-id", cleanId);
        }
        if (catalog.deck(cleanId).isPresent() || Files.exists(catalog.cardsDir().resolve(cleanId))) {
            throw new UserFacingException("deck.problem.duplicate-deck-id", cleanId);
        }
        if (dutchTitle == null || dutchTitle.isBlank()) {
            throw new UserFacingException("editor.error.title-empty");
        }
        Deck deck = new Deck(cleanId, 1, Map.of(Card.DEFAULT_LANGUAGE, dutchTitle.strip()), Map.of(), "", List.of());
        try {
            Files.createDirectories(catalog.cardsDir().resolve(cleanId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writeTo(catalog.cardsDir().resolve(cleanId), deck);
    }

    /**
     * The deck as its file holds it now, read under this editor's lock: a hand edit or another
     * instance's save that the catalogue has not read yet is kept, never written over with an older copy.
     */
    private Deck deck(String deckId) {
        Path folder = catalog.folderOf(deckId)
                .orElseThrow(() -> new UserFacingException("editor.error.deck-not-found", deckId));
        Path file = folder.resolve(DeckCatalog.DECK_FILE);
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("editor.error.deck-not-found", deckId);
        }
        DeckFileReader.Result now =
                DeckFileReader.read(file, catalog.cardsDir().relativize(file).toString());
        if (!now.problems().isEmpty()) {
            throw new InvalidDeckException("editor.error.file-broken", now.problems());
        }
        if (!now.deck().id().equals(deckId)) {
            throw new UserFacingException("editor.error.deck-not-found", deckId);
        }
        return now.deck();
    }

    private Deck write(String deckId, Deck deck) {
        Path folder = catalog.folderOf(deckId)
                .orElseThrow(() -> new UserFacingException("editor.error.deck-not-found", deckId));
        return writeTo(folder, deck);
    }

    private Deck writeTo(Path folder, Deck deck) {
        Path target = folder.resolve(DeckCatalog.DECK_FILE);
        Path temporary = folder.resolve("." + DeckCatalog.DECK_FILE + ".saving");
        try {
            Files.writeString(temporary, DeckFileWriter.write(deck), StandardCharsets.UTF_8);
            DeckFileReader.Result check = DeckFileReader.read(
                    temporary, catalog.cardsDir().relativize(target).toString());
            if (!check.problems().isEmpty()) {
                Files.deleteIfExists(temporary);
                throw new InvalidDeckException("editor.error.invalid", check.problems());
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserFacingException("editor.error.write-failed", e.getMessage());
        }
        catalog.reload();
        return catalog.deck(deck.id()).orElse(deck);
    }

    private static Deck withCards(Deck deck, List<Card> cards) {
        return deck.withCards(cards);
    }

    private static int indexOf(List<Card> cards, String id) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Texts per language without empty ones, Dutch first. */
    public static Map<String, String> texts(Map<String, String> raw) {
        Map<String, String> clean = new LinkedHashMap<>();
        raw.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                clean.put(language, text.strip());
            }
        });
        return clean;
    }
}
