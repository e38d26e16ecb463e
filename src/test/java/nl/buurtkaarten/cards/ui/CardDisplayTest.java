package nl.buurtkaarten.cards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.server.communication.UidlWriter;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.SupportKind;
import org.junit.jupiter.api.Test;

/**
 * The card widget on a phone: a new card changes what must change and leaves the rest in place, so
 * that a draw pushes the card's words to every phone, not a rebuilt support line.
 */
class CardDisplayTest extends KaribuTest {

    @Test
    void aNewCardChangesTheSupportLineInPlace() {
        CardDisplay card = new CardDisplay(CardDisplay.Size.PHONE);
        UI.getCurrent().add(card);

        card.show(CardKind.QUESTION, SupportKind.EMOTIONAL, "Wat deed je als kind het liefst buiten?", true);
        SvgIcon icon = _get(card, SvgIcon.class);
        // The heart from the phone's own pictures, hidden from screen readers (the words beside it say it).
        assertThat(icon.getSrc()).isEqualTo(PhoneIcon.SRC);
        assertThat(icon.getSymbol()).isEqualTo("heart");
        assertThat(icon.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        sentToTheBrowser();

        card.show(CardKind.SITUATION, SupportKind.PRACTICAL, "Een kind huilt bij het klimrek. Wat doe je?", true);

        assertThat(_get(card, SvgIcon.class)).isSameAs(icon);
        assertThat(icon.getSymbol()).isEqualTo("tools");
        assertThat(card.getElement().getAttribute("data-support")).isEqualTo("practical");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("bk-card-kind"))
                        .getText())
                .isEqualTo("Situatie");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("bk-card-support"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Praktische hulp");
        // What the phone gets: the new words and the picture's name, no element built again.
        String sent = sentToTheBrowser();
        assertThat(sent)
                .contains("Een kind huilt bij het klimrek", "\"tools\"", "Praktische hulp", "Situatie")
                .doesNotContain("\"attach\"", "\"detach\"");

        card.showWaiting();
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("bk-card-text"))
                        .getText())
                .isEqualTo("Zo meteen komt de eerste kaart.");
        card.show(CardKind.QUESTION, SupportKind.PRACTICAL, "Wie hielp jou eens met verhuizen?", true);
        assertThat(_get(card, SvgIcon.class).getSymbol()).isEqualTo("tools");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("bk-card-support"))
                        .isVisible())
                .isTrue();
    }

    /** The changes the browser would get now (and then no longer). */
    private static String sentToTheBrowser() {
        MockVaadin.clientRoundtrip(false);
        return new UidlWriter().createUidl(UI.getCurrent(), false).toString();
    }
}
