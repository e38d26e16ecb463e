package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkaarten.cards.internal.DeckFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckFileReaderTest {

    /** A good deck; the tests break one line at a time, so every problem has a known line (1-based). */
    static final List<String> GOOD = List.of(
            "id: proef", // 1
            "version: 1", // 2
            "title:", // 3
            "  nl: \"Proefset\"", // 4
            "description:", // 5
            "  nl: \"Een set om mee te testen.\"", // 6
            "cards:", // 7
            "  - id: kaart-01", // 8
            "    kind: question", // 9
            "    theme: kennismaken", // 10
            "    support: connection", // 11
            "    text:", // 12
            "      nl: \"Wie woont er naast je?\"", // 13
            "      en: \"Who lives next door?\"", // 14
            "  - id: kaart-02", // 15
            "    kind: statement", // 16
            "    theme: steun-vragen-en-geven", // 17
            "    support: emotional", // 18
            "    text:", // 19
            "      nl: \"Ik vraag makkelijk om hulp.\"", // 20
            "    notes:", // 21
            "      nl: \"Vraag door.\""); // 22

    @TempDir
    Path folder;

    @Test
    void aGoodDeckLoads() throws IOException {
        DeckFileReader.Result result = read(GOOD);
        assertThat(result.problems()).isEmpty();
        Deck deck = result.deck();
        assertThat(deck.id()).isEqualTo("proef");
        assertThat(deck.titleIn("nl")).isEqualTo("Proefset");
        assertThat(deck.cards()).extracting(Card::id).containsExactly("kaart-01", "kaart-02");
        Card second = deck.cards().get(1);
        assertThat(second.kind()).isEqualTo(CardKind.STATEMENT);
        assertThat(second.support()).isEqualTo(SupportKind.EMOTIONAL);
        assertThat(second.theme()).isEqualTo("steun-vragen-en-geven");
        assertThat(second.textIn("en")).isEqualTo("Ik vraag makkelijk om hulp.");
        assertThat(second.notes()).containsEntry("nl", "Vraag door.");
        assertThat(deck.themes()).containsExactly("kennismaken", "steun-vragen-en-geven");
    }

    @Test
    void anUnknownFieldIsReportedOnItsLine() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.add(11, "    colour: rood");
        assertSingleProblem(read(lines), 12, "deck.problem.unknown-field");
        assertThat(read(lines).problems().getFirst().arguments()).first().isEqualTo("colour");
    }

    @Test
    void aCardWithoutDutchTextIsReported() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(19, "      en: \"I find it easy to ask for help.\"");
        assertSingleProblem(read(lines), 20, "deck.problem.missing-dutch");
    }

    @Test
    void aDuplicateCardIdIsReportedAtTheSecondCard() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(14, "  - id: kaart-01");
        assertSingleProblem(read(lines), 15, "deck.problem.duplicate-card-id");
    }

    @Test
    void anUnknownKindOfSupportIsReportedOnItsLine() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(17, "    support: vriendschap");
        assertSingleProblem(read(lines), 18, "deck.problem.unknown-support");
    }

    @Test
    void anUnknownCardKindIsReportedOnItsLine() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(8, "    kind: raadsel");
        assertSingleProblem(read(lines), 9, "deck.problem.unknown-kind");
    }

    @Test
    void aCardTextOver200CharactersIsReportedOnItsLine() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(12, "      nl: \"" + "a".repeat(201) + "\"");
        DeckFileReader.Result result = read(lines);
        assertSingleProblem(result, 13, "deck.problem.too-long");
        assertThat(result.problems().getFirst().arguments()).containsExactly("text.nl", "201", "200");

        lines.set(12, "      nl: \"" + "a".repeat(200) + "\"");
        assertThat(read(lines).problems()).isEmpty();
    }

    @Test
    void malformedYamlIsReportedOnItsLine() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(15, "    kind: statement: extra");
        assertSingleProblem(read(lines), 16, "deck.problem.yaml-syntax");
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(19, "      nl: \"Ik vraag makkelijk om hulp aan mijn buurvrouw Ren\u00e9e.\"");
        Path file = folder.resolve("deck.yaml");
        Files.write(file, String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1));
        assertSingleProblem(DeckFileReader.read(file, "proef/deck.yaml"), 0, "deck.problem.not-utf8");
    }

    @Test
    void aFileOverOneMegabyteIsNotRead() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.add("# " + "x".repeat(DeckFileReader.MAX_FILE_BYTES));
        DeckFileReader.Result result = read(lines);
        assertSingleProblem(result, 0, "deck.problem.too-large");
        assertThat(result.problems().getFirst().arguments()).containsExactly("1024");
    }

    @Test
    void aDuplicateFieldInACardIsReported() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.add(9, "    kind: situation");
        DeckFileReader.Result result = read(lines);
        assertThat(result.deck()).isNull();
        assertThat(result.problems())
                .singleElement()
                .extracting(DeckProblem::line)
                .isEqualTo(10);
    }

    @Test
    void problemsNameTheFileAsGiven() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(8, "    kind: raadsel");
        assertThat(read(lines).problems()).extracting(DeckProblem::file).containsExactly("proef/deck.yaml");
    }

    private DeckFileReader.Result read(List<String> lines) throws IOException {
        Path file = folder.resolve("deck.yaml");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return DeckFileReader.read(file, "proef/deck.yaml");
    }

    private static void assertSingleProblem(DeckFileReader.Result result, int line, String key) {
        assertThat(result.deck()).isNull();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(key);
            assertThat(problem.line()).isEqualTo(line);
        });
    }
}
