package nl.buurtkaarten.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.live.MeetingPictures;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.AnswersNow;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.participation.ParticipationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What a phone is sent while other parents join and answer: nothing, since nothing it shows changed
 * (another parent's answer is not on a phone); and still every change it should see.
 */
class PhonePushesTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    MeetingPictures pictures;

    String owner;
    Meeting meeting;

    @BeforeEach
    void openMeetingAndScanTheCode() {
        owner = "pushes-facilitator-" + UUID.randomUUID();
        meeting = meetings.open(owner, "Ouderavond De Linde", List.of("buurt-starter"), "nl");
        navigate("join/" + meeting.joinCode());
    }

    @Test
    void otherParentsJoiningAndAnsweringSendThisPhoneNothingButItsOwnChangesStillCome() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")), "Amina");
        _click(_get(Button.class, spec -> spec.withText("Akkoord, ik doe mee")));
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        String expected = card.deckId() + "/" + card.cardId();
        awaitUi(() -> expected.equals(_get(CardDisplay.class).getElement().getAttribute("data-card")));
        String token = responseCookie("bk_participant_" + meeting.joinCode()).getValue();
        Answer own = participation.answer(token, card.id(), "Wij eten op zondag samen.", false);
        awaitUi(() -> ownTexts().equals(List.of("Wij eten op zondag samen.")));
        changesSent();

        // Thirty other parents join and answer; the meeting's picture has them all.
        List<Joined> others = IntStream.range(0, 30)
                .mapToObj(i -> participation.join(meeting.id(), "Ouder " + i))
                .toList();
        pictureWith(picture -> picture.part(Participants.class).count() == 31);
        others.forEach(other -> participation.answer(other.token(), card.id(), "Antwoord van " + other, false));
        pictureWith(picture -> picture.part(AnswersNow.class).all().size() == 31);

        // The phone is not even visited: no task waits in its session, and the browser would get no change.
        VaadinSession session = VaadinSession.getCurrent();
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(3))
                .until(() -> session.getPendingAccessQueue().isEmpty());
        MockVaadin.clientRoundtrip(false);
        assertThat(changesSent()).as("changes sent to the phone").isEmpty();
        assertThat(ownTexts()).containsExactly("Wij eten op zondag samen.");

        // A change to what the phone shows still reaches it: the facilitator hides the parent's own answer.
        participation.setHidden(meeting.id(), owner, own.id(), true);
        awaitUi(() ->
                !_find(Span.class, spec -> spec.withClasses("bk-own-hidden")).isEmpty());
        assertThat(changesSent()).isNotEmpty();
    }

    /** Waits until the meeting's live picture is one that satisfies the condition. */
    private void pictureWith(Predicate<MeetingPicture> condition) {
        CompletableFuture<MeetingPicture> seen = new CompletableFuture<>();
        Runnable stop = pictures.follow(meeting.id(), picture -> {
            if (condition.test(picture)) {
                seen.complete(picture);
            }
        });
        try {
            if (!condition.test(pictures.current(meeting.id()))) {
                seen.orTimeout(5, TimeUnit.SECONDS).join();
            }
        } finally {
            stop.run();
        }
    }

    /** The changes to the page's elements that the browser would get now (and then no longer). */
    private static List<JsonNode> changesSent() {
        MockVaadin.clientRoundtrip(false);
        String uidl = new UidlWriter().createUidl(UI.getCurrent(), false).toString();
        JsonNode changes = new ObjectMapper().readTree(uidl).path("changes");
        List<JsonNode> all = new ArrayList<>();
        changes.forEach(all::add);
        return all;
    }

    private static List<String> ownTexts() {
        return _find(Paragraph.class, spec -> spec.withClasses("bk-own-text")).stream()
                .map(Paragraph::getText)
                .toList();
    }
}
