package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.buurtkaarten.base.ui.Translations;
import org.junit.jupiter.api.Test;

/** What content editors and CI read from {@code mvn -q compile exec:exec@decks}. */
class ValidateDecksTest {

    private final List<DeckProblem> problems = List.of(
            new DeckProblem("proef/deck.yaml", 12, "deck.problem.unknown-kind", List.of("raadsel")),
            new DeckProblem(
                    "proef/deck.yaml", 17, "deck.problem.many-questions", List.of("2"), DeckProblem.Severity.WARNING));

    @Test
    void errorsAndWarningsNameFileAndLineInDutch() {
        assertThat(ValidateDecks.report(problems, Translations.bundle(Locale.forLanguageTag("nl"))))
                .containsExactly(
                        "FOUT proef/deck.yaml:12: Onbekende soort kaart 'raadsel'. Kies question, statement, situation of offer-prompt.",
                        "proef/deck.yaml:17: waarschuwing: De Nederlandse tekst heeft 2 vraagtekens. Stel één vraag per kaart.");
    }

    @Test
    void andInEnglish() {
        assertThat(ValidateDecks.report(problems, Translations.bundle(Locale.ENGLISH))
                        .get(1))
                .isEqualTo(
                        "proef/deck.yaml:17: warning: The Dutch text has 2 question marks. Ask one question per card.");
    }
}
