package nl.buurtkaarten.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.support.SupportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Geven en vragen" on the phone, and its counts on the projector. */
class SupportPanelTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    SupportService support;

    Meeting meeting;

    @BeforeEach
    void joinAsAParent() {
        meeting = meetings.open("support-facilitator", "Buurtavond", List.of("buurt-starter"), "nl");
        navigate("join/" + meeting.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")), "Fatma");
        _click(_get(Button.class, spec -> spec.withText("Akkoord, ik doe mee")));
    }

    @Test
    void aParentOffersHelpByTappingAPicture() {
        assertThat(invitation()).startsWith("Iedereen heeft wel eens hulp nodig");
        _click(_get(Button.class, spec -> spec.withText("Ik kan helpen met …")));
        _click(_get(Button.class, spec -> spec.withText("Oppassen")));
        _click(_get(Button.class, spec -> spec.withText("Bewaren")));

        assertThat(_find(Span.class, spec -> spec.withClasses("bk-support-item-topic")))
                .extracting(span -> span.getElement().getTextRecursively())
                .containsExactly("Oppassen");
        assertThat(_get(Span.class, spec -> spec.withClasses("bk-support-item-details"))
                        .getText())
                .isEqualTo("Praktische hulp · elk moment");
    }

    @Test
    void aParentWhoOnlyAsksIsInvitedToGiveToo() {
        _click(_get(Button.class, spec -> spec.withText("Ik zou hulp kunnen gebruiken bij …")));
        _click(_get(Button.class, spec -> spec.withText("Taal en formulieren")));
        _click(_get(Button.class, spec -> spec.withText("Bewaren")));
        assertThat(invitation()).startsWith("Dank je! Wat kun jij een ander geven?");
    }

    @Test
    void choosingNoTopicOrNamingNothingIsRefusedWithAMessage() {
        _click(_get(Button.class, spec -> spec.withText("Ik kan helpen met …")));
        _click(_get(Button.class, spec -> spec.withText("Bewaren")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-error-text"))
                        .getText())
                .isEqualTo("Tik eerst aan waar het over gaat.");
        _click(_get(Button.class, spec -> spec.withText("Iets anders")));
        _click(_get(Button.class, spec -> spec.withText("Bewaren")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-error-text"))
                        .getText())
                .isEqualTo("Schrijf in een paar woorden waarmee.");
        assertThat(_find(Span.class, spec -> spec.withClasses("bk-support-item-topic")))
                .isEmpty();
    }

    private String invitation() {
        return _get(Paragraph.class, spec -> spec.withClasses("bk-support-invitation"))
                .getText();
    }
}
