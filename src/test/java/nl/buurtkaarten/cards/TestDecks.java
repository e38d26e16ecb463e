package nl.buurtkaarten.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Card folders for tests that must not change, or depend on the content of, the shipped {@code cards/}. */
public final class TestDecks {

    /** A deck whose one card is in Dutch only: every shipped deck is complete in five languages. */
    public static final String DUTCH_ONLY = "alleen-nederlands";

    private TestDecks() {}

    /** A copy of the shipped cards folder in a new temporary folder. */
    public static Path copyOfShipped() {
        try {
            Path folder = Files.createTempDirectory("bk-cards");
            try (Stream<Path> files = Files.walk(Path.of("cards"))) {
                for (Path source : files.toList()) {
                    Path target =
                            folder.resolve(Path.of("cards").relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the shipped cards plus the deck {@value #DUTCH_ONLY}. */
    public static Path copyOfShippedWithADutchOnlyDeck() {
        Path folder = copyOfShipped();
        try {
            Files.createDirectories(folder.resolve(DUTCH_ONLY));
            Files.writeString(folder.resolve(DUTCH_ONLY).resolve(DeckCatalog.DECK_FILE), """
                    id: %s
                    version: 1
                    title:
                      nl: "Alleen in het Nederlands"
                    cards:
                      - id: nl-01
                        kind: question
                        theme: kennismaken
                        support: connection
                        text:
                          nl: "Welk plekje in de buurt vind jij fijn?"
                    """.formatted(DUTCH_ONLY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
