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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
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
    public static final String DECK_FILE = "deck.yaml";
    /** The folder beside the decks that holds the facilitator's guide; no deck may use it as its id. */
    public static final String GUIDE_FOLDER = "gids";

    private final Path cardsDir;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), List.of(), List.of());
    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();

    public DeckCatalog(BuurtkaartenProperties properties) {
        this.cardsDir = properties.cardsDir();
        reload();
    }

    /** Reads every deck folder again. */
    public final synchronized void reload() {
        Map<String, Deck> decks = new LinkedHashMap<>();
        Map<String, Path> folders = new LinkedHashMap<>();
        List<DeckProblem> problems = new ArrayList<>();
        List<DeckProblem> warnings = new ArrayList<>();
        if (!Files.isDirectory(cardsDir)) {
            problems.add(new DeckProblem(cardsDir.toString(), 0, "deck.problem.no-folder", List.of()));
        } else {
            try (Stream<Path> entries = Files.list(cardsDir)) {
                // hidden folders are skipped: an import fills one before moving it into place (see DeckArchive)
                for (Path folder : entries.filter(Files::isDirectory)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> !f.getFileName().toString().equals(GUIDE_FOLDER))
                        .sorted()
                        .toList()) {
                    readDeck(folder, decks, folders, problems, warnings);
                }
            } catch (IOException e) {
                problems.add(new DeckProblem(cardsDir.toString(), 0, "deck.problem.unreadable", List.of()));
            }
        }
        snapshot = new Snapshot(Map.copyOf(decks), Map.copyOf(folders), List.copyOf(problems), List.copyOf(warnings));
        log.info(
                "Loaded {} card decks from {} ({} problems, {} warnings)",
                decks.size(),
                cardsDir.toAbsolutePath(),
                problems.size(),
                warnings.size());
        listeners.forEach(Runnable::run);
    }

    /** Runs the listener after every reload; run the returned handle to stop. */
    public Runnable onReload(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void readDeck(
            Path folder,
            Map<String, Deck> decks,
            Map<String, Path> folders,
            List<DeckProblem> problems,
            List<DeckProblem> warnings) {
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
        folders.put(deck.id(), folder);
        warnings.addAll(result.warnings());
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

    /** Why some decks could not be loaded (errors only; see {@link #warnings()}). */
    public List<DeckProblem> problems() {
        return snapshot.problems();
    }

    /** What could be better in the decks that did load: too many questions, hard Dutch, missing tips. */
    public List<DeckProblem> warnings() {
        return snapshot.warnings();
    }

    /** The warnings of one deck's file. */
    public List<DeckProblem> warningsOf(String deckId) {
        return folderOf(deckId)
                .map(folder -> cardsDir.relativize(folder.resolve(DECK_FILE)).toString())
                .map(file -> snapshot.warnings().stream()
                        .filter(warning -> warning.file().equals(file))
                        .toList())
                .orElse(List.of());
    }

    /** The folder a deck was read from. */
    public Optional<Path> folderOf(String deckId) {
        return Optional.ofNullable(snapshot.folders().get(deckId));
    }

    /** The picture file of a card, if it has one. */
    public Optional<Path> imageOf(String deckId, String cardId) {
        return deck(deckId)
                .flatMap(deck -> deck.cards().stream()
                        .filter(card -> card.id().equals(cardId))
                        .findFirst())
                .map(Card::image)
                .flatMap(image ->
                        folderOf(deckId).map(folder -> folder.resolve(image).normalize()))
                .filter(Files::isRegularFile);
    }

    /** The folder that holds all decks. */
    public Path cardsDir() {
        return cardsDir;
    }

    private record Snapshot(
            Map<String, Deck> decks,
            Map<String, Path> folders,
            List<DeckProblem> problems,
            List<DeckProblem> warnings) {}
}
