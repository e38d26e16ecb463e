package nl.buurtkaarten.summary.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.summary.ContactService;
import nl.buurtkaarten.summary.FollowUpService;
import nl.buurtkaarten.summary.SummaryFixture;
import nl.buurtkaarten.summary.SummaryService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The summary on the projector and on a parent's phone, without a browser. */
class SummaryViewsTest extends KaribuTest {

    @Autowired
    SummaryFixture given;

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    SupportService support;

    @Autowired
    ContactService contacts;

    @Autowired
    FollowUpService followUps;

    @Autowired
    SummaryService summaries;

    Meeting meeting;
    Joined joost;

    @BeforeEach
    void aMeetingWhereAminaCouldHelpJoost() {
        meeting = given.evening("summary-facilitator", "Buurtavond");
        joost = given.join(meeting, "Joost");
        given.request(joost, Topic.BABYSITTING);
    }

    @Test
    void theProjectorShowsTheSummaryWhenTheFacilitatorAsksForIt() {
        signInAs("summary-facilitator");
        navigate("meeting/" + meeting.id() + "/projector");
        assertThat(_find(Div.class, spec -> spec.withClasses("bk-summary"))).isEmpty();

        Joined amina = given.join(meeting, "Amina");
        given.offer(amina, Topic.BABYSITTING);
        _click(_get(Button.class, spec -> spec.withText("Wie kan wie helpen?")));
        awaitUi(() -> !_find(Div.class, spec -> spec.withClasses("bk-summary")).isEmpty());
        assertThat(_find(ListItem.class, spec -> spec.withClasses("bk-summary-match")))
                .extracting(item -> item.getElement().getTextRecursively())
                .singleElement()
                .asString()
                .startsWith("Amina kan Joost helpen met oppassen");
        assertThat(_find(Div.class, spec -> spec.withClasses("bk-card"))).isEmpty();
    }

    @Test
    void aParentSeesTheirOwnPartAndSharesTheirContactOnlyWithAMatch() {
        navigate("join/" + meeting.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")), "Amina");
        _click(_get(Button.class, spec -> spec.withText("Akkoord, ik doe mee")));
        assertThat(_find(Section.class, spec -> spec.withClasses("bk-personal-summary")))
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Ik kan helpen met …")));
        _click(_get(Button.class, spec -> spec.withText("Oppassen")));
        _click(_get(Button.class, spec -> spec.withText("Bewaren")));
        meetings.close(meeting.id(), "summary-facilitator");
        awaitUi(() -> !_find(Section.class, spec -> spec.withClasses("bk-personal-summary"))
                .isEmpty());
        assertThat(personal().getElement().getTextRecursively())
                .contains("Jij zou kunnen helpen", "Joost, met oppassen");

        TextField contact = _get(TextField.class, spec -> spec.withLabel("Jouw telefoon of e-mail voor Joost"));
        _setValue(contact, "amina@");
        _click(_get(Button.class, spec -> spec.withText("Delen met Joost")));
        assertThat(contact.isInvalid()).isTrue();
        assertThat(contact.getErrorMessage()).startsWith("Dit e-mailadres klopt niet.");

        _setValue(contact, "amina@buurtmail.nl");
        _click(_get(Button.class, spec -> spec.withText("Delen met Joost")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-contact-waiting"))
                        .getText())
                .isEqualTo("Je deelt je contact met Joost. Joost heeft nog niet gedeeld.");

        long aminaId = participation.participants(meeting.id()).stream()
                .filter(p -> p.nickname().equals("Amina"))
                .findFirst()
                .orElseThrow()
                .id();
        contacts.share(meeting.id(), joost.token(), aminaId, "06 44455566");
        awaitUi(() -> !_find(Paragraph.class, spec -> spec.withClasses("bk-contact-both"))
                .isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-contact-both"))
                        .getText())
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
        assertThat(_find(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")))
                .isEmpty();
        assertThat(_get(Span.class, spec -> spec.withClasses("bk-phone-who"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Je doet mee als Amina");
        assertThat(responseCookie("bk_participant_" + second.joinCode())).isNotNull();
    }

    @Test
    void theProjectorSaysPietOnlyMightHelpMehmetAndDrawsItDashed() {
        Joined piet = given.join(meeting, "Piet");
        Joined mehmet = given.join(meeting, "Mehmet");
        add(piet, Direction.OFFER, Topic.HOMEWORK);
        add(mehmet, Direction.REQUEST, Topic.LANGUAGE_AND_FORMS);
        signInAs("summary-facilitator");
        navigate("meeting/" + meeting.id() + "/projector");
        _click(_get(Button.class, spec -> spec.withText("Wie kan wie helpen?")));
        awaitUi(() -> !_find(Div.class, spec -> spec.withClasses("bk-summary")).isEmpty());

        ListItem pair = _get(ListItem.class, spec -> spec.withClasses("bk-summary-suggestion"));
        assertThat(pair.getElement().getTextRecursively())
                .startsWith("Piet helpt met huiswerk. Misschien kan Piet Mehmet ook helpen met taal en formulieren?")
                .contains("ander onderwerp, wel allebei advies en informatie")
                .doesNotContain("Piet kan Mehmet helpen");
        String summary = _get(Div.class, spec -> spec.withClasses("bk-summary"))
                .getElement()
                .getTextRecursively();
        assertThat(summary).doesNotContain("Piet kan Mehmet").contains("stippellijn: een idee");
        assertThat(figures()).contains("0koppels", "1idee");
        String picture = _get(Image.class, spec -> spec.withClasses("bk-summary-picture"))
                .getSrc();
        String svg = new String(
                Base64.getDecoder().decode(picture.substring(picture.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(svg).contains("stroke-dasharray");
    }

    @Test
    void mehmetsPhoneSaysPietHelpsWithHomeworkAndMightBeAskedAboutForms() {
        Joined piet = given.join(meeting, "Piet");
        add(piet, Direction.OFFER, Topic.HOMEWORK);
        joinAs("Mehmet");
        _click(_get(Button.class, spec -> spec.withText("Ik zou hulp kunnen gebruiken bij …")));
        _click(_get(Button.class, spec -> spec.withText("Taal en formulieren")));
        _click(_get(Button.class, spec -> spec.withText("Bewaren")));
        meetings.close(meeting.id(), "summary-facilitator");
        awaitUi(() -> !_find(Section.class, spec -> spec.withClasses("bk-personal-summary"))
                .isEmpty());

        assertThat(_get(ListItem.class, spec -> spec.withClasses("bk-personal-suggestion"))
                        .getElement()
                        .getTextRecursively())
                .startsWith(
                        "Piet helpt met huiswerk. Misschien kan Piet jou ook helpen met taal en formulieren? Vraag het gerust.");
        assertThat(personal().getElement().getTextRecursively()).doesNotContain("Piet, met taal en formulieren");
        // Mehmet can still ask Piet: contact exchange works for a suggestion too.
        assertThat(_find(TextField.class, spec -> spec.withLabel("Jouw telefoon of e-mail voor Piet")))
                .hasSize(1);
    }

    @Test
    void pietsPhoneSaysWhatMehmetAskedAndThatPietOfferedSomethingElse() {
        Joined mehmet = given.join(meeting, "Mehmet");
        add(mehmet, Direction.REQUEST, Topic.LANGUAGE_AND_FORMS);
        joinAs("Piet");
        _click(_get(Button.class, spec -> spec.withText("Ik kan helpen met …")));
        _click(_get(Button.class, spec -> spec.withText("Huiswerk")));
        _click(_get(Button.class, spec -> spec.withText("Bewaren")));
        meetings.close(meeting.id(), "summary-facilitator");
        awaitUi(() -> !_find(Section.class, spec -> spec.withClasses("bk-personal-summary"))
                .isEmpty());

        assertThat(_get(ListItem.class, spec -> spec.withClasses("bk-personal-suggestion"))
                        .getElement()
                        .getTextRecursively())
                .startsWith(
                        "Mehmet zoekt hulp met taal en formulieren. Jij helpt met huiswerk. Kun jij hier misschien ook bij helpen?");
        assertThat(personal().getElement().getTextRecursively()).doesNotContain("Mehmet, met taal en formulieren");
    }

    @Test
    void thePhoneAndTheSummarySayTheChosenTimesAsPeopleSayThem() {
        joinAs("Amina");
        _click(_get(Button.class, spec -> spec.withText("Ik kan helpen met …")));
        _click(_get(Button.class, spec -> spec.withText("Oppassen")));
        _setValue(
                _get(CheckboxGroup.class, spec -> spec.withLabel("Welke dagen? (hoeft niet)")),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        _setValue(
                _get(CheckboxGroup.class, spec -> spec.withLabel("Welk deel van de dag? (hoeft niet)")),
                Set.of(PartOfDay.EVENING));
        _click(_get(Button.class, spec -> spec.withText("Bewaren")));

        assertThat(_get(Span.class, spec -> spec.withClasses("bk-support-item-details"))
                        .getText())
                .isEqualTo("Praktische hulp · doordeweeks 's avonds");
        meetings.close(meeting.id(), "summary-facilitator");
        awaitUi(() -> !_find(Section.class, spec -> spec.withClasses("bk-personal-summary"))
                .isEmpty());
        assertThat(personal().getElement().getTextRecursively())
                .contains("Joost, met oppassen", "het kan doordeweeks 's avonds")
                .doesNotContain("ma-avond", "di-avond");
    }

    @Test
    void theCsvSaysWhichPairsAreOnlyAnIdeaAndWhatTheHelperOffered() {
        Joined amina = given.join(meeting, "Amina");
        add(amina, Direction.OFFER, Topic.BABYSITTING); // a real pair with Joost
        Joined piet = given.join(meeting, "Piet");
        Joined mehmet = given.join(meeting, "Mehmet");
        add(piet, Direction.OFFER, Topic.HOMEWORK);
        add(mehmet, Direction.REQUEST, Topic.LANGUAGE_AND_FORMS);

        String csv = new String(SummaryExports.csv(new Div(), summaries.summary(meeting.id())), StandardCharsets.UTF_8);

        List<String> rows = csv.lines().toList();
        assertThat(rows.getFirst()).endsWith("\"Waarom het past\";\"Koppel of idee\";\"Aanbod van de helper\"");
        assertThat(rows)
                .contains(
                        "\"Amina\";\"Joost\";\"Oppassen\";\"Praktische hulp\";\"allebei over oppassen\";\"koppel: zelfde onderwerp\";\"Oppassen\"",
                        "\"Piet\";\"Mehmet\";\"Taal en formulieren\";\"Advies en informatie\";"
                                + "\"ander onderwerp, wel allebei advies en informatie\";\"idee: ander onderwerp, niet aangeboden\";\"Huiswerk\"");
        // The real pair first, then the idea.
        assertThat(rows.get(1)).startsWith("\"Amina\"");
    }

    private String figures() {
        return _get(Div.class, spec -> spec.withClasses("bk-summary-figures"))
                .getElement()
                .getTextRecursively();
    }

    private void joinAs(String nickname) {
        navigate("join/" + meeting.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")), nickname);
        _click(_get(Button.class, spec -> spec.withText("Akkoord, ik doe mee")));
    }

    private void add(Joined parent, Direction direction, Topic topic) {
        given.add(parent, direction, topic);
    }

    private Section personal() {
        return _get(Section.class, spec -> spec.withClasses("bk-personal-summary"));
    }
}
