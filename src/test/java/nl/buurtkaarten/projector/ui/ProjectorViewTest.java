package nl.buurtkaarten.projector.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.meeting.ui.MeetingsView;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectorViewTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    SupportService support;

    Meeting meeting;

    @BeforeEach
    void openMeeting() {
        signInAs("projector-facilitator");
        meeting = meetings.open("projector-facilitator", "Ouderavond De Linde", List.of("buurt-starter"), "nl");
        navigate("meeting/" + meeting.id() + "/projector");
    }

    @Test
    void showsHowToJoinWithGroupedCodeAndQrCode() {
        String shown =
                _get(Span.class, spec -> spec.withClasses("bk-join-code")).getText();
        assertThat(shown).matches("[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").isEqualTo(meeting.displayCode());
        Image qr = _get(Image.class, spec -> spec.withClasses("bk-join-qr"));
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt().orElseThrow()).contains("/join/" + meeting.joinCode());
        assertThat(participantsCount()).isEqualTo("Nog niemand doet mee");
        assertThat(cardText()).isEqualTo("Zo meteen komt de eerste kaart.");
    }

    @Test
    void drawingShowsTheCardWithItsKindOfSupport() {
        _click(_get(Button.class, spec -> spec.withText("Volgende kaart")));
        awaitUi(() -> !cardText().startsWith("Zo meteen"));
        DrawnCard current = meetings.currentCard(meeting.id()).orElseThrow();
        assertThat(cardText()).isEqualTo(current.textIn("nl"));
        assertThat(_get(Span.class, spec -> spec.withClasses("bk-card-support"))
                        .getElement()
                        .getTextRecursively())
                .isNotBlank();
        assertThat(_get(Span.class, spec -> spec.withClasses("bk-progress")).getText())
                .isEqualTo("23 van 24 kaarten nog niet getrokken");
    }

    @Test
    void joinedParentsAndTheirAnswersAppearLiveAnonymousByDefault() {
        DrawnCard card = meetings.drawNext(meeting.id(), "projector-facilitator", null);
        Joined amina = participation.join(meeting.id(), "Amina");
        Joined joost = participation.join(meeting.id(), "Joost");
        awaitUi(() -> participantsCount().equals("2 ouders doen mee"));

        participation.answer(amina.token(), card.id(), "We passen op elkaars kinderen.", false);
        participation.answer(joost.token(), card.id(), "<b>Samen</b> koken op vrijdag", true);
        awaitUi(() -> answerTexts().size() == 2);
        assertThat(answerTexts())
                .as("newest first")
                .containsExactly("<b>Samen</b> koken op vrijdag", "We passen op elkaars kinderen.");
        assertThat(_find(Span.class, spec -> spec.withClasses("bk-answer-name")))
                .extracting(Span::getText)
                .containsExactly("Joost");
    }

    @Test
    void theFacilitatorHidesOneAnswerAtOnce() {
        DrawnCard card = meetings.drawNext(meeting.id(), "projector-facilitator", null);
        Joined sam = participation.join(meeting.id(), "Sam");
        Answer answer = participation.answer(sam.token(), card.id(), "Iets wat niet op het scherm hoort", false);
        awaitUi(() -> answerTexts().size() == 1);

        _click(_get(Button.class, spec -> spec.withClasses("bk-answer-hide")));
        awaitUi(() -> answerTexts().isEmpty());
        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::id)
                .doesNotContain(answer.id());
    }

    @Test
    void hidingAllAnswersShowsOnlyTheirNumber() {
        DrawnCard card = meetings.drawNext(meeting.id(), "projector-facilitator", null);
        participation.answer(participation.join(meeting.id(), "Fatma").token(), card.id(), "Boodschappen doen", false);
        awaitUi(() -> answerTexts().size() == 1);

        _click(_get(Button.class, spec -> spec.withText("Antwoorden verbergen")));
        awaitUi(() -> answerTexts().isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-answers-hidden"))
                        .getText())
                .isEqualTo("1 antwoord, nog niet zichtbaar");
        _click(_get(Button.class, spec -> spec.withText("Antwoorden tonen")));
        awaitUi(() -> answerTexts().size() == 1);
    }

    @Test
    void offersAndRequestsAreCountedPerKindOfSupportWithoutNames() {
        // Until someone offers or asks, the chart leaves its room to the names of who joined.
        assertThat(_find(Div.class, spec -> spec.withClasses("bk-support-chart")))
                .isEmpty();
        Joined amina = participation.join(meeting.id(), "Amina");
        support.add(
                meeting.id(),
                amina.token(),
                new SupportDraft(Direction.OFFER, null, Topic.BABYSITTING, null, Set.of(), null, null));
        support.add(
                meeting.id(),
                amina.token(),
                new SupportDraft(Direction.REQUEST, null, Topic.LISTENING_EAR, null, Set.of(), null, null));
        awaitUi(() ->
                !_find(Div.class, spec -> spec.withClasses("bk-support-chart")).isEmpty()
                        && supportTitle().equals("1 keer aanbod · 1 vraag"));
        assertThat(_get(Div.class, spec -> spec.withClasses("bk-support-chart"))
                        .getElement()
                        .getTextRecursively())
                .doesNotContain("Amina");
    }

    @Test
    void aClosedMeetingNoLongerShowsHowToJoin() {
        assertThat(_find(Span.class, spec -> spec.withClasses("bk-join-code"))).hasSize(1);
        meetings.close(meeting.id(), "projector-facilitator");
        awaitUi(() ->
                _find(Span.class, spec -> spec.withClasses("bk-join-code")).isEmpty());
        assertThat(_get(Span.class, spec -> spec.withClasses("bk-status")).getText())
                .isEqualTo("Deze bijeenkomst is gesloten.");
    }

    @Test
    void anotherFacilitatorsMeetingIsNotShown() {
        signInAs("someone-else");
        navigate("join");
        navigate("meeting/" + meeting.id() + "/projector");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(MeetingsView.class);
    }

    @Test
    void aBurstOfSixtyParentsAnsweringInTheSameSecondLosesNothingAndDoublesNothing() throws Exception {
        DrawnCard card = meetings.drawNext(meeting.id(), "projector-facilitator", null);
        List<Joined> parents = IntStream.range(0, 60)
                .mapToObj(i -> participation.join(meeting.id(), "Ouder " + i))
                .toList();
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(60)) {
            List<Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < parents.size(); i++) {
                Joined parent = parents.get(i);
                String text = "Antwoord " + i;
                sent.add(pool.submit(() -> {
                    start.await();
                    return participation.answer(parent.token(), card.id(), text, false);
                }));
            }
            start.countDown();
            for (var answer : sent) {
                answer.get();
            }
        }
        List<Answer> stored = participation.visibleAnswers(card.id());
        assertThat(stored)
                .extracting(Answer::text)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 60).mapToObj(i -> "Antwoord " + i).toList());
        List<String> newest = stored.stream()
                .skip(stored.size() - AnswerWall.MAX_SHOWN)
                .map(Answer::text)
                .toList()
                .reversed();
        awaitUi(() -> answerTexts().equals(newest));
    }

    @Test
    void answersComingInAddTheirNotesAndLeaveTheNotesOnTheWallInPlace() {
        DrawnCard card = meetings.drawNext(meeting.id(), "projector-facilitator", null);
        List<Joined> parents = IntStream.range(0, 15)
                .mapToObj(i -> participation.join(meeting.id(), "Ouder " + i))
                .toList();
        for (int i = 0; i < 10; i++) {
            participation.answer(parents.get(i).token(), card.id(), "Antwoord " + i, false);
        }
        awaitUi(() -> answerTexts().size() == 10);
        Map<String, Div> before = notesByAnswer();

        for (int i = 10; i < 14; i++) {
            participation.answer(parents.get(i).token(), card.id(), "Antwoord " + i, i == 13);
        }
        awaitUi(() -> answersCount().equals("14 antwoorden"));

        // What a wall drawn afresh shows: the twelve newest, newest first, the name where a parent chose it.
        assertThat(answerTexts())
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 13)
                        .mapToObj(i -> "Antwoord " + i)
                        .toList()
                        .reversed());
        assertThat(_find(Span.class, spec -> spec.withClasses("bk-answer-name")))
                .extracting(Span::getText)
                .containsExactly("Ouder 13");
        // The notes that stayed on the wall are the very same, not drawn and sent again.
        Map<String, Div> after = notesByAnswer();
        before.keySet().retainAll(after.keySet());
        assertThat(before).hasSize(8);
        before.forEach((answer, note) -> assertThat(after.get(answer)).isSameAs(note));

        // Hiding one takes its note away and the next older answer comes back at the bottom.
        Answer third = participation.visibleAnswers(card.id()).get(3);
        participation.setHidden(meeting.id(), "projector-facilitator", third.id(), true);
        awaitUi(() -> !answerTexts().contains(third.text()));
        assertThat(answerTexts())
                .containsExactlyElementsOf(List.of(1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13).stream()
                        .map(i -> "Antwoord " + i)
                        .toList()
                        .reversed());
        assertThat(answersCount()).isEqualTo("13 antwoorden");

        // A withdrawn answer leaves; the notes below it stay in their order.
        Answer newest = participation.visibleAnswers(card.id()).getLast();
        participation.withdraw(parents.get(13).token(), newest.id());
        awaitUi(() -> answersCount().equals("12 antwoorden"));
        assertThat(answerTexts()).first().isEqualTo("Antwoord 12");
        assertThat(_find(Span.class, spec -> spec.withClasses("bk-answer-name")))
                .isEmpty();
    }

    private Map<String, Div> notesByAnswer() {
        Map<String, Div> notes = new HashMap<>();
        _find(Div.class, spec -> spec.withClasses("bk-answer-note"))
                .forEach(note -> notes.put(note.getElement().getAttribute("data-answer"), note));
        return notes;
    }

    private String answersCount() {
        return _find(Paragraph.class, spec -> spec.withClasses("bk-answers-count")).stream()
                .map(Paragraph::getText)
                .findFirst()
                .orElse("");
    }

    private String supportTitle() {
        return _get(Paragraph.class, spec -> spec.withClasses("bk-support-chart-title"))
                .getText();
    }

    private String participantsCount() {
        return _get(Paragraph.class, spec -> spec.withClasses("bk-participants-count"))
                .getText();
    }

    private String cardText() {
        return _get(Div.class, spec -> spec.withClasses("bk-card"))
                .getChildren()
                .filter(child -> child.hasClassName("bk-card-text"))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getText();
    }

    private List<String> answerTexts() {
        return _find(Paragraph.class, spec -> spec.withClasses("bk-answer-text")).stream()
                .map(Paragraph::getText)
                .toList();
    }
}
