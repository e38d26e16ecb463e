package nl.buurtkaarten.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.DeckProblem;
import org.springframework.stereotype.Service;

/**
 * The facilitator's guide, one Markdown file per language in {@code cards/gids/}
 * ({@code gids.nl.md}, {@code gids.en.md}, ...). Read again on every request: the files are small,
 * and an editor's change shows at once, like a deck's.
 */
@Service
public class GuideLibrary {

    static final int MAX_BYTES = 256 * 1024;
    private final Path folder;

    public GuideLibrary(BuurtkaartenProperties properties) {
        this.folder = properties.cardsDir().resolve(DeckCatalog.GUIDE_FOLDER);
    }

    /** The languages the guide is written in, Dutch first. */
    public List<String> languages() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("gids\\.[a-z]{2}\\.md"))
                    .map(name -> name.substring(5, 7))
                    .sorted((a, b) ->
                            a.equals(Card.DEFAULT_LANGUAGE) ? -1 : b.equals(Card.DEFAULT_LANGUAGE) ? 1 : a.compareTo(b))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The guide in this language, or in Dutch when there is none in it; empty when neither can be read. */
    public GuideReader.Result guide(String language) {
        String chosen = languages().contains(language) ? language : Card.DEFAULT_LANGUAGE;
        Path file = folder.resolve("gids." + chosen + ".md");
        String name = DeckCatalog.GUIDE_FOLDER + "/" + file.getFileName();
        try {
            if (!Files.isRegularFile(file)) {
                return new GuideReader.Result(
                        null, List.of(new DeckProblem(name, 0, "guide.problem.missing", List.of())));
            }
            if (Files.size(file) > MAX_BYTES) {
                return new GuideReader.Result(
                        null,
                        List.of(new DeckProblem(
                                name, 0, "deck.problem.too-large", List.of(String.valueOf(MAX_BYTES / 1024)))));
            }
            return GuideReader.read(Files.readString(file, StandardCharsets.UTF_8), chosen, name);
        } catch (IOException e) {
            return new GuideReader.Result(
                    null, List.of(new DeckProblem(name, 0, "deck.problem.unreadable", List.of())));
        }
    }

    /** The guide in this language if it can be read. */
    public Optional<Guide> find(String language) {
        return Optional.ofNullable(guide(language).guide());
    }
}
