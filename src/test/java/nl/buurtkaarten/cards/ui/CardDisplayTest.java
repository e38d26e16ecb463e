package nl.buurtkaarten.cards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.SupportKind;
import org.junit.jupiter.api.Test;

/**
 * The card widget on a phone: a new card changes what must change and leaves the rest in place, so
 * that a draw pushes the card's words to every phone, not a rebuilt support line.
 */
class CardDisplayTest extends KaribuTest {

    @Test
    void aNewCardOfTheSameKindOfSupportKeepsItsSupportLineAndAnotherKindGetsItsOwn() {
        CardDisplay card = new CardDisplay(CardDisplay.Size.PHONE);
        UI.getCurrent().add(card);

        card.show(CardKind.QUESTION, SupportKind.EMOTIONAL, "Wat deed je als kind het liefst buiten?", true);
        Icon first = _get(card, Icon.class);
        card.show(CardKind.SITUATION, SupportKind.EMOTIONAL, "Een kind huilt bij het klimrek. Wat doe je?", true);

        assertThat(_get(card, Icon.class)).isSameAs(first);
        assertThat(card.getElement().getAttribute("data-support")).isEqualTo("emotional");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("bk-card-kind"))
                        .getText())
                .isEqualTo("Situatie");

        card.show(CardKind.QUESTION, SupportKind.PRACTICAL, "Wie hielp jou eens met verhuizen?", true);
        Icon practical = _get(card, Icon.class);
        assertThat(practical).isNotSameAs(first);
        assertThat(practical.getElement().getAttribute("icon")).isEqualTo("vaadin:tools");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("bk-card-support"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Praktische hulp");

        card.showWaiting();
        card.show(CardKind.QUESTION, SupportKind.PRACTICAL, "Wie hielp jou eens met verhuizen?", true);
        assertThat(_get(card, Icon.class).getElement().getAttribute("icon")).isEqualTo("vaadin:tools");
    }
}
