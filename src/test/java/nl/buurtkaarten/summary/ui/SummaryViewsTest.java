package nl.buurtkaarten.summary.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.summary.ContactService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.matching.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The summary on the projector and on a parent's phone, without a browser. */
class SummaryViewsTest extends KaribuTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ParticipationService participation;
    @Autowired
    SupportService support;
    @Autowired
    ContactService contacts;
    @Autowired
    nl.buurtkaarten.summary.FollowUpService followUps;

    Meeting meeting;
    Joined joost;

    @BeforeEach
    void aMeetingWhereAminaCouldHelpJoost() {
        meeting = meetings.open("summary-facilitator", "Buurtavond", List.of("buurt-starter"), "nl");
        joost = participation.join(meeting.id(), "Joost");
        support.add(meeting.id(), joost.token(), new SupportDraft(Direction.REQUEST, null, Topic.BABYSITTING, null, Set.of(), null, null));
    }

    @Test
    void theProjectorShowsTheSummaryWhenTheFacilitatorAsksForIt() {
        signInAs("summary-facilitator");
        navigate("meeting/" + meeting.id() + "/projector");
        assertThat(_find(Div.class, spec -> spec.withClasses("bk-summary"))).isEmpty();

        Joined amina = participation.join(meeting.id(), "Amina");
        support.add(meeting.id(), amina.token(), new SupportDraft(Direction.OFFER, null, Topic.BABYSITTING, null, Set.of(), null, null));
        _click(_get(Button.class, spec -> spec.withText("Wie kan wie helpen?")));
        awaitUi(() -> !_find(Div.class, spec -> spec.withClasses("bk-summary")).isEmpty());
        assertThat(_find(ListItem.class, spec -> spec.withClasses("bk-summary-match")))
                .extracting(item -> item.getElement().getTextRecursively())
                .singleElement().asString().startsWith("Amina kan Joost helpen met oppassen");
        assertThat(_find(Div.class, spec -> spec.withClasses("bk-card"))).isEmpty();
    }

    @Test
    void aParentSeesTheirOwnPartAndSharesTheirContactOnlyWithAMatch() {
        navigate("join/" + meeting.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")), "Amina");
        _click(_get(Button.class, spec -> spec.withText("Akkoord, ik doe mee")));
        assertThat(_find(Section.class, spec -> spec.withClasses("bk-personal-summary"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Ik kan helpen met …")));
        _click(_get(Button.class, spec -> spec.withText("Oppassen")));
        _click(_get(Button.class, spec -> spec.withText("Bewaren")));
        meetings.close(meeting.id(), "summary-facilitator");
        awaitUi(() -> !_find(Section.class, spec -> spec.withClasses("bk-personal-summary")).isEmpty());
        assertThat(personal().getElement().getTextRecursively()).contains("Jij zou kunnen helpen", "Joost, met oppassen");

        TextField contact = _get(TextField.class, spec -> spec.withLabel("Jouw telefoon of e-mail voor Joost"));
        _setValue(contact, "amina@");
        _click(_get(Button.class, spec -> spec.withText("Delen met Joost")));
        assertThat(contact.isInvalid()).isTrue();
        assertThat(contact.getErrorMessage()).startsWith("Dit e-mailadres klopt niet.");

        _setValue(contact, "amina@buurtmail.nl");
        _click(_get(Button.class, spec -> spec.withText("Delen met Joost")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-contact-waiting")).getText())
                .isEqualTo("Je deelt je contact met Joost. Joost heeft nog niet gedeeld.");

        long aminaId = participation.participants(meeting.id()).stream().filter(p -> p.nickname().equals("Amina")).findFirst().orElseThrow().id();
        contacts.share(meeting.id(), joost.token(), aminaId, "06 44455566");
        awaitUi(() -> !_find(Paragraph.class, spec -> spec.withClasses("bk-contact-both")).isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-contact-both")).getText())
                .isEqualTo("Jullie delen allebei. Contact van Joost: 06 44455566");
    }

    @Test
    void aParentOpeningAFollowUpIsRecognisedFromLastTime() {
        navigate("join/" + meeting.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")), "Amina");
        _click(_get(Button.class, spec -> spec.withText("Akkoord, ik doe mee")));
        keepCookies();
        Meeting second = followUps.start(meeting.id(), "summary-facilitator", "Tweede avond");

        navigate("join");
        navigate("join/" + second.joinCode());
        assertThat(_find(TextField.class, spec -> spec.withLabel("Hoe wil je heten?"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("bk-phone-who")).getElement().getTextRecursively())
                .isEqualTo("Je doet mee als Amina");
        assertThat(responseCookie("bk_participant_" + second.joinCode())).isNotNull();
    }

    private Section personal() {
        return _get(Section.class, spec -> spec.withClasses("bk-personal-summary"));
    }
}
