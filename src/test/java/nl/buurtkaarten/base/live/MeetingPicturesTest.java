package nl.buurtkaarten.base.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.AnswersNow;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.summary.SummaryNow;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportNow;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class MeetingPicturesTest {

    static final String OWNER = "pictures-owner";

    @Autowired
    MeetingPictures pictures;

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    SupportService support;

    @Test
    void aBurstOfAnswersIsOnePictureOrAFewAndOnlyTheAnswersAreReadAgain() {
        Meeting meeting = meetings.open(OWNER, "Burst", List.of("buurt-starter"), "nl");
        List<Joined> parents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            parents.add(participation.join(meeting.id(), "Ouder " + i));
        }
        DrawnCard card = meetings.drawNext(meeting.id(), OWNER, null);
        while (card.kind() == CardKind.STATEMENT) {
            card = meetings.drawNext(meeting.id(), OWNER, null);
        }
        List<MeetingPicture> seen = new CopyOnWriteArrayList<>();
        Runnable stop = pictures.follow(meeting.id(), seen::add);
        try {
            MeetingPicture before = pictures.current(meeting.id());
            long started = System.nanoTime();
            for (Joined parent : parents) {
                participation.answer(
                        parent.token(),
                        card.id(),
                        "Antwoord van " + parent.participant().nickname(),
                        false);
            }
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !seen.isEmpty()
                            && seen.getLast().part(AnswersNow.class).all().size() == parents.size());

            MeetingPicture last = seen.getLast();
            // Batched: at most one picture per 250 ms window (plus the first at once), not one per answer.
            assertThat(seen.size())
                    .isLessThanOrEqualTo((int) (elapsedMillis / 250) + 2)
                    .isLessThan(parents.size());
            assertThat(last.version()).isGreaterThan(before.version());
            // Only the answers were read again; the other parts are the very same objects as before.
            assertThat(last.part(MeetingNow.class)).isSameAs(before.part(MeetingNow.class));
            assertThat(last.part(Participants.class)).isSameAs(before.part(Participants.class));
            assertThat(last.part(SupportNow.class)).isSameAs(before.part(SupportNow.class));
            assertThat(last.part(SummaryNow.class)).isSameAs(before.part(SummaryNow.class));
            for (MeetingPicture picture : seen) {
                assertThat(picture.changed()).containsOnly(AnswersNow.class);
            }
            Joined third = parents.get(2);
            assertThat(last.part(AnswersNow.class).of(third.participant().id()))
                    .singleElement()
                    .satisfies(answer -> assertThat(answer.text()).isEqualTo("Antwoord van Ouder 2"));
        } finally {
            stop.run();
        }
    }

    @Test
    void theSummaryIsWorkedOutOncePerPictureForEveryScreen() {
        Meeting meeting = meetings.open(OWNER, "Samen", List.of("buurt-starter"), "nl");
        Joined piet = participation.join(meeting.id(), "Piet");
        Joined mehmet = participation.join(meeting.id(), "Mehmet");
        support.add(
                meeting.id(),
                piet.token(),
                new SupportDraft(Direction.OFFER, null, Topic.HOMEWORK, null, Set.of(), null, null));
        List<MeetingPicture> seen = new CopyOnWriteArrayList<>();
        Runnable stop = pictures.follow(meeting.id(), seen::add);
        try {
            support.add(
                    meeting.id(),
                    mehmet.token(),
                    new SupportDraft(Direction.REQUEST, null, Topic.HOMEWORK, null, Set.of(), null, null));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !seen.isEmpty() && seen.getLast().hasChanged(SupportNow.class));
            MeetingPicture picture = seen.getLast();
            SummaryNow summary = picture.part(SummaryNow.class);
            assertThat(summary.summary()).isSameAs(summary.summary());
            assertThat(summary.of(piet.participant().id()))
                    .singleElement()
                    .satisfies(match -> assertThat(match.receiver().nickname()).isEqualTo("Mehmet"));
            assertThat(summary.of(mehmet.participant().id()))
                    .isEqualTo(summary.of(piet.participant().id()));
            assertThat(picture.part(SupportNow.class).counts().values())
                    .anySatisfy(counts -> assertThat(counts.offers()).isEqualTo(1));
        } finally {
            stop.run();
        }
    }

    @Test
    void aDeletedMeetingLeavesAPictureThatSaysSo() {
        Meeting meeting = meetings.open(OWNER, "Weg", List.of("buurt-starter"), "nl");
        participation.join(meeting.id(), "Sara");
        List<MeetingPicture> seen = new CopyOnWriteArrayList<>();
        Runnable stop = pictures.follow(meeting.id(), seen::add);
        try {
            meetings.delete(meeting.id(), OWNER);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !seen.isEmpty()
                            && seen.getLast().part(MeetingNow.class).isGone());
            assertThat(seen.getLast().part(Participants.class).all()).isEmpty();
        } finally {
            stop.run();
        }
    }
}
