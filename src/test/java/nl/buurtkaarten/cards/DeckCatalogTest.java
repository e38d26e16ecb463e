package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckCatalogTest {

    @TempDir
    Path cards;

    @Test
    void aBrokenDeckIsReportedAndTheGoodOneStillLoads() throws IOException {
        write("goed", deck("goed", "Goede set", "question"));
        write("kapot", deck("kapot", "Kapotte set", "raadsel"));

        DeckCatalog catalog = new DeckCatalog(new BuurtkaartenProperties(cards, null));

        assertThat(catalog.decks()).extracting(Deck::id).containsExactly("goed");
        assertThat(catalog.deck("kapot")).isEmpty();
        assertThat(catalog.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(Path.of("kapot", "deck.yaml").toString());
            assertThat(problem.messageKey()).isEqualTo("deck.problem.unknown-kind");
            assertThat(problem.line()).isEqualTo(8);
        });
    }

    @Test
    void twoFoldersWithTheSameDeckIdLoadOnlyTheFirst() throws IOException {
        write("a-set", deck("zelfde", "Eerste", "question"));
        write("b-set", deck("zelfde", "Tweede", "question"));

        DeckCatalog catalog = new DeckCatalog(new BuurtkaartenProperties(cards, null));

        assertThat(catalog.decks())
                .singleElement()
                .satisfies(deck -> assertThat(deck.titleIn("nl")).isEqualTo("Eerste"));
        assertThat(catalog.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("deck.problem.duplicate-deck-id");
            assertThat(problem.file()).isEqualTo(Path.of("b-set", "deck.yaml").toString());
            assertThat(problem.arguments()).containsExactly("zelfde");
        });
    }

    @Test
    void aFolderWithoutDeckFileAndAMissingCardsFolderAreReported() throws IOException {
        Files.createDirectories(cards.resolve("leeg"));
        DeckCatalog catalog = new DeckCatalog(new BuurtkaartenProperties(cards, null));
        assertThat(catalog.decks()).isEmpty();
        assertThat(catalog.problems()).extracting(DeckProblem::messageKey).containsExactly("deck.problem.no-deck-file");

        DeckCatalog nowhere = new DeckCatalog(new BuurtkaartenProperties(cards.resolve("bestaat-niet"), null));
        assertThat(nowhere.problems()).extracting(DeckProblem::messageKey).containsExactly("deck.problem.no-folder");
    }

    @Test
    void reloadPicksUpANewDeck() throws IOException {
        DeckCatalog catalog = new DeckCatalog(new BuurtkaartenProperties(cards, null));
        assertThat(catalog.decks()).isEmpty();
        write("nieuw", deck("nieuw", "Nieuwe set", "situation"));
        catalog.reload();
        assertThat(catalog.deck("nieuw")).isPresent();
    }

    private void write(String folder, String content) throws IOException {
        Path dir = Files.createDirectories(cards.resolve(folder));
        Files.writeString(dir.resolve("deck.yaml"), content, StandardCharsets.UTF_8);
    }

    private static String deck(String id, String title, String kind) {
        return String.join(
                        "\n",
                        List.of(
                                "id: " + id,
                                "title:",
                                "  nl: \"" + title + "\"",
                                "description:",
                                "  nl: \"Om te testen.\"",
                                "cards:",
                                "  - id: kaart-01",
                                "    kind: " + kind,
                                "    theme: kennismaken",
                                "    support: practical",
                                "    text:",
                                "      nl: \"Wie kan er op woensdag oppassen?\""))
                + "\n";
    }
}
