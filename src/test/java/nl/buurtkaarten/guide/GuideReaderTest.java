package nl.buurtkaarten.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.cards.DeckProblem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class GuideReaderTest {

    @Test
    void readsTitleSectionsListsStepsAndWordsToReadOut() {
        GuideReader.Result result = GuideReader.read("""
                # Gids
                Een korte inleiding
                over twee regels.

                ## Afspraken om voor te lezen {#afspraken}
                > Passen mag altijd.
                > Ook later nog.

                > Wat hier gezegd wordt, blijft hier.
                - een punt
                  dat doorloopt
                - nog een punt

                ## Als een ouder iets ernstigs vertelt {#veiligheid}
                1. Niet in de groep.
                2. Praat apart.
                ### Veilig Thuis
                Bel 0800-2000.
                ## Wat staat er op het scherm?
                """, "nl", "gids/gids.nl.md");

        assertThat(result.problems()).isEmpty();
        Guide guide = result.guide();
        assertThat(guide.title()).isEqualTo("Gids");
        assertThat(guide.intro()).containsExactly(new Guide.Paragraph("Een korte inleiding over twee regels."));
        assertThat(guide.sections())
                .extracting(Guide.Section::id)
                .containsExactly("afspraken", "veiligheid", "wat-staat-er-op-het-scherm");
        assertThat(guide.section("afspraken").orElseThrow().blocks())
                .containsExactly(
                        new Guide.ReadAloud("Passen mag altijd. Ook later nog."),
                        new Guide.ReadAloud("Wat hier gezegd wordt, blijft hier."),
                        new Guide.Bullets(List.of("een punt dat doorloopt", "nog een punt")));
        Guide.Section safety = guide.section(Guide.SAFETY).orElseThrow();
        assertThat(safety.isSafety()).isTrue();
        assertThat(safety.blocks())
                .containsExactly(
                        new Guide.Steps(List.of("Niet in de groep.", "Praat apart.")),
                        new Guide.Subheading("Veilig Thuis"),
                        new Guide.Paragraph("Bel 0800-2000."));
    }

    @Test
    void aGuideWithoutTitleOrSafetySectionIsReportedWithLines() {
        GuideReader.Result result = GuideReader.read("""
                Geen titel hier.
                ## Tempo {#tempo}
                ## Tempo {#tempo}
                ## Kop met {#Fout id}
                """, "nl", "gids/gids.nl.md");
        assertThat(result.guide()).isNull();
        assertThat(result.problems())
                .extracting(DeckProblem::messageKey, DeckProblem::line)
                .containsExactly(
                        Tuple.tuple("guide.problem.duplicate-section", 3),
                        Tuple.tuple("guide.problem.bad-heading", 4),
                        Tuple.tuple("guide.problem.no-title", 1),
                        Tuple.tuple("guide.problem.no-safety", 0));
    }

    @Test
    void theShippedGuideIsInDutchAndEnglishWithVeiligThuisInTheSafetySection() {
        GuideLibrary library = new GuideLibrary(new BuurtkaartenProperties(Path.of("cards"), null));
        assertThat(library.languages()).startsWith("nl").contains("en");
        for (String language : library.languages()) {
            GuideReader.Result result = library.guide(language);
            assertThat(result.problems()).as(language).isEmpty();
            Guide guide = result.guide();
            assertThat(guide.sections())
                    .extracting(Guide.Section::id)
                    .as(language)
                    .contains("afspraken", "tempo", "talen", "scherm", Guide.SAFETY, "reeks");
            String safety = text(guide.section(Guide.SAFETY).orElseThrow().blocks());
            assertThat(safety).as(language).contains("Veilig Thuis", "0800-2000", "24", "112");
            assertThat(text(guide.section("afspraken").orElseThrow().blocks()))
                    .as(language)
                    .containsAnyOf("Passen mag", "You can always pass");
            assertThat(guide.section("afspraken").orElseThrow().blocks())
                    .hasAtLeastOneElementOfType(Guide.ReadAloud.class);
            assertThat(guide.sections().stream()
                            .filter(section -> !section.isSafety())
                            .map(section -> text(section.blocks())))
                    .as("the advice line appears only in the safety section (%s)", language)
                    .noneMatch(text -> text.contains("0800-2000"));
        }
        assertThat(library.guide("pl").guide().language())
                .as("a language without a guide gets the Dutch one")
                .isEqualTo("nl");
    }

    static String text(List<Guide.Block> blocks) {
        StringBuilder all = new StringBuilder();
        for (Guide.Block block : blocks) {
            all.append(
                            switch (block) {
                                case Guide.Paragraph p -> p.text();
                                case Guide.Subheading h -> h.text();
                                case Guide.ReadAloud r -> r.text();
                                case Guide.Bullets b -> String.join(" ", b.items());
                                case Guide.Steps s -> String.join(" ", s.items());
                            })
                    .append('\n');
        }
        return all.toString();
    }
}
