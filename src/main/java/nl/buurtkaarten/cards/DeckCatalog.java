package nl.buurtkaarten.cards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.cards.internal.DeckFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The card decks found in the cards folder. A broken deck is left out and reported through
 * {@link #problems()}; it never stops the other decks from loading.
 */
@Service
public class DeckCatalog {

    private static final Logger log = LoggerFactory.getLogger(DeckCatalog.class);
    static final String DECK_FILE = "deck.yaml";

    private final Path cardsDir;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), List.of());

    public DeckCatalog(BuurtkaartenProperties properties) {
        this.cardsDir = properties.cardsDir();
        reload();
    }

    /** Reads every deck folder again. */
    public final synchronized void reload() {
        Map<String, Deck> decks = new LinkedHashMap<>();
        List<DeckProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(cardsDir)) {
            problems.add(new DeckProblem(cardsDir.toString(), 0, "deck.problem.no-folder", List.of()));
        } else {
            try (Stream<Path> folders = Files.list(cardsDir)) {
                for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                    readDeck(folder, decks, problems);
                }
            } catch (IOException e) {
                problems.add(new DeckProblem(cardsDir.toString(), 0, "deck.problem.unreadable", List.of()));
            }
        }
        snapshot = new Snapshot(Map.copyOf(decks), List.copyOf(problems));
        log.info("Loaded {} card decks from {} ({} problems)", decks.size(), cardsDir.toAbsolutePath(), problems.size());
    }

    private void readDeck(Path folder, Map<String, Deck> decks, List<DeckProblem> problems) {
        Path file = folder.resolve(DECK_FILE);
        String relative = cardsDir.relativize(file).toString();
        if (!Files.isRegularFile(file)) {
            problems.add(new DeckProblem(relative, 0, "deck.problem.no-deck-file", List.of(DECK_FILE)));
            return;
        }
        DeckFileReader.Result result = DeckFileReader.read(file, relative);
        if (!result.problems().isEmpty()) {
            problems.addAll(result.problems());
            return;
        }
        Deck deck = result.deck();
        if (decks.containsKey(deck.id())) {
            problems.add(new DeckProblem(relative, 1, "deck.problem.duplicate-deck-id", List.of(deck.id())));
            return;
        }
        decks.put(deck.id(), deck);
    }

    /** The usable decks, sorted by their Dutch title. */
    public List<Deck> decks() {
        return snapshot.decks().values().stream()
                .sorted(Comparator.comparing(deck -> deck.titleIn(Card.DEFAULT_LANGUAGE)))
                .toList();
    }

    public Optional<Deck> deck(String id) {
        return Optional.ofNullable(snapshot.decks().get(id));
    }

    /** Why some decks could not be loaded. */
    public List<DeckProblem> problems() {
        return snapshot.problems();
    }

    private record Snapshot(Map<String, Deck> decks, List<DeckProblem> problems) {}
}
