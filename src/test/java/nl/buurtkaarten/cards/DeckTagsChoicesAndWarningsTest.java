package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.cards.internal.DeckFileReader;
import nl.buurtkaarten.cards.internal.DeckFileWriter;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags, picture choices, review marks, retired ids, and the warnings of a deck that loads. */
class DeckTagsChoicesAndWarningsTest {

    static final List<String> GOOD = List.of(
            "id: proef", // 1
            "version: 3", // 2
            "title:", // 3
            "  nl: \"Proefset\"", // 4
            "review:", // 5
            "  ar: needed", // 6
            "  tr: done", // 7
            "retired: [kaart-09]", // 8
            "cards:", // 9
            "  - id: kaart-01", // 10
            "    kind: situation", // 11
            "    theme: elkaars-kinderen", // 12
            "    support: normative", // 13
            "    tags: {style: lax, behaviour: fighting, place: playground}", // 14
            "    choices: [would-step-in, not-sure, would-leave-it]", // 15
            "    text:", // 16
            "      nl: \"Een jongen duwt steeds kinderen van de glijbaan. Wat doe je?\"", // 17
            "    notes:", // 18
            "      nl: \"Vraag ook wat het lastig maakt.\"", // 19
            "  - id: kaart-02", // 20
            "    kind: question", // 21
            "    theme: kennismaken", // 22
            "    support: connection", // 23
            "    text:", // 24
            "      nl: \"Welk plekje in de buurt vind jij fijn?\""); // 25

    @TempDir
    Path folder;

    @Test
    void tagsChoicesReviewMarksAndRetiredIdsAreRead() throws IOException {
        DeckFileReader.Result result = read(GOOD);
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        Deck deck = result.deck();
        assertThat(deck.review())
                .containsOnly(Map.entry("ar", TranslationReview.NEEDED), Map.entry("tr", TranslationReview.DONE));
        assertThat(deck.languagesToReview()).containsExactly("ar");
        assertThat(deck.retired()).containsExactly("kaart-09");
        Card situation = deck.cards().getFirst();
        assertThat(situation.tags())
                .isEqualTo(new CardTags(CardTags.Style.LAX, CardTags.Behaviour.FIGHTING, CardTags.Place.PLAYGROUND));
        assertThat(situation.choices())
                .containsExactly(PictureChoice.WOULD_STEP_IN, PictureChoice.NOT_SURE, PictureChoice.WOULD_LEAVE_IT);
        Card question = deck.cards().get(1);
        assertThat(question.tags()).isEqualTo(CardTags.NONE);
        assertThat(question.choices()).isEmpty();
        assertThat(question.pictureChoices())
                .containsExactly(PictureChoice.KNOW_THIS, PictureChoice.WANT_TO_TALK, PictureChoice.RATHER_NOT);
    }

    @Test
    void everyKindHasTwoOrThreeDefaultPictures() {
        for (CardKind kind : CardKind.values()) {
            assertThat(kind.defaultChoices())
                    .as(kind.fileValue())
                    .hasSizeBetween(2, 3)
                    .doesNotHaveDuplicates();
        }
        assertThat(CardKind.STATEMENT.defaultChoices())
                .extracting(PictureChoice::fileValue)
                .containsExactly("recognise", "partly", "not-recognise");
        assertThat(CardKind.OFFER_PROMPT.defaultChoices())
                .extracting(PictureChoice::fileValue)
                .containsExactly("can-help", "could-use-help", "rather-not");
    }

    @Test
    void theWriterKeepsTagsChoicesReviewMarksAndRetiredIds() throws IOException {
        Deck deck = read(GOOD).deck();
        String written = DeckFileWriter.write(deck);
        assertThat(written)
                .contains(
                        "review:\n  ar: needed\n  tr: done\n",
                        "retired: [kaart-09]\n",
                        "    tags: {style: lax, behaviour: fighting, place: playground}\n",
                        "    choices: [would-step-in, not-sure, would-leave-it]\n");
        assertThat(read(List.of(written.split("\n"))).deck()).isEqualTo(deck);
    }

    @Test
    void anUnknownTagValueIsReportedOnItsLineWithTheValuesToChooseFrom() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(13, "    tags:");
        lines.add(14, "      style: lax");
        lines.add(15, "      behaviour: sulking");
        lines.add(16, "      place: playground");
        DeckFileReader.Result result = read(lines);
        assertThat(result.deck()).isNull();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("deck.problem.unknown-tag");
            assertThat(problem.line()).isEqualTo(16);
            assertThat(problem.arguments()).startsWith("sulking", "behaviour");
            assertThat(problem.arguments().get(2)).contains("fighting", "teasing", "alone");
        });
    }

    @Test
    void anUnknownTagDimensionIsAnUnknownField() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(13, "    tags: {style: lax, mood: grumpy}");
        assertThat(read(lines).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("deck.problem.unknown-field");
            assertThat(problem.line()).isEqualTo(14);
            assertThat(problem.arguments()).containsExactly("mood", "behaviour, place, style");
        });
    }

    @Test
    void tagsThatAreNoMappingAreReported() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(13, "    tags: lax");
        assertSingleProblem(read(lines), 14, "deck.problem.tags-not-a-mapping");
    }

    @Test
    void pictureChoicesAreCheckedForNameNumberAndRepeats() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(14, "    choices: [would-step-in, thumbs-up]");
        assertSingleProblem(read(lines), 15, "deck.problem.unknown-choice");
        lines.set(14, "    choices: [would-step-in]");
        assertSingleProblem(read(lines), 15, "deck.problem.choices-count");
        lines.set(14, "    choices: [recognise, partly, not-recognise, not-sure, rather-not]");
        assertSingleProblem(read(lines), 15, "deck.problem.choices-count");
        lines.set(14, "    choices: [not-sure, not-sure]");
        assertSingleProblem(read(lines), 15, "deck.problem.duplicate-choice");
        lines.set(14, "    choices: not-sure");
        assertSingleProblem(read(lines), 15, "deck.problem.not-a-list");
    }

    @Test
    void reviewMarksAreCheckedPerLanguage() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(6, "  tr: maybe");
        assertSingleProblem(read(lines), 7, "deck.problem.unknown-review");
        lines.set(6, "  nl: needed");
        assertSingleProblem(read(lines), 7, "deck.problem.review-dutch");
        lines.set(6, "  turks: done");
        assertSingleProblem(read(lines), 7, "deck.problem.bad-language");
        lines.set(4, "review: needed");
        lines.set(5, "");
        lines.set(6, "");
        assertSingleProblem(read(lines), 5, "deck.problem.review-not-a-mapping");
    }

    @Test
    void aRetiredIdCannotBeUsedAgain() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(19, "  - id: kaart-09");
        assertSingleProblem(read(lines), 20, "deck.problem.retired-id");
    }

    @Test
    void theGuideFoldersNameIsNoDeckId() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(0, "id: gids");
        assertSingleProblem(read(lines), 1, "deck.problem.reserved-id");
    }

    @Test
    void warningsLetTheDeckLoadAndNameTheLineOfTheDutchText() throws IOException {
        List<String> lines = new ArrayList<>(GOOD);
        lines.set(16, "      nl: \"Wat doe je? En waarom? Ben je bang voor vervelende opvoedingsondersteuning?\"");
        lines.remove(18);
        lines.remove(17);
        DeckFileReader.Result result = read(lines);
        assertThat(result.problems()).isEmpty();
        assertThat(result.deck()).isNotNull();
        assertThat(result.warnings())
                .allSatisfy(warning -> assertThat(warning.severity()).isEqualTo(DeckProblem.Severity.WARNING))
                .extracting(DeckProblem::messageKey, DeckProblem::line)
                .containsExactly(
                        Tuple.tuple("deck.problem.many-questions", 17),
                        Tuple.tuple("deck.problem.long-word", 17),
                        Tuple.tuple("deck.problem.no-notes", 10));
        assertThat(result.warnings().get(1).arguments()).first().isEqualTo("opvoedingsondersteuning");
    }

    @Test
    void aLongSentenceIsAWarningButAShortOneIsNot() {
        String longSentence =
                "Op een zonnige middag in de zomer zit een meisje van een jaar of zes alleen op het bankje bij de glijbaan.";
        assertThat(CardChecks.check(CardKind.QUESTION, longSentence, null))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.messageKey()).isEqualTo("deck.problem.long-sentence");
                    assertThat(finding.arguments()).startsWith("22", String.valueOf(CardChecks.MAX_SENTENCE_WORDS));
                });
        assertThat(CardChecks.check(CardKind.QUESTION, "Een meisje zit alleen op het bankje. Wat doe je?", null))
                .isEmpty();
        assertThat(CardChecks.check(
                        CardKind.SITUATION, "Een meisje zit alleen op het bankje. Wat doe je?", "Vraag door."))
                .isEmpty();
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
