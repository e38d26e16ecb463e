package nl.buurtkaarten.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Parents delete their own data, facilitators delete meetings, and closed meetings expire. */
@SpringBootTest
@ActiveProfiles("test")
class PrivacyTest {

    @Autowired
    SummaryFixture given;

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    SummaryService summaries;

    @Autowired
    ContactService contacts;

    @Autowired
    FollowUpService followUps;

    @Test
    void aParentDeletesEverythingOfTheirsAlsoInAFollowUp() {
        Meeting meeting = given.evening("privacy-owner", "Avond");
        Joined amina = given.join(meeting, "Amina");
        Joined joost = given.join(meeting, "Joost");
        DrawnCard card = meetings.drawNext(meeting.id(), "privacy-owner", null);
        participation.answer(amina.token(), card.id(), "Iets persoonlijks", false);
        given.offer(amina, Topic.COOKING);
        given.request(joost, Topic.COOKING);
        contacts.share(meeting.id(), joost.token(), amina.participant().id(), "06 12121212");
        Meeting followUp = followUps.start(meeting.id(), "privacy-owner", "Vervolg");

        participation.forget(meeting.id(), amina.token());

        assertThat(participation.participants(meeting.id()))
                .extracting(Participant::nickname)
                .containsExactly("Joost");
        assertThat(participation.participants(followUp.id()))
                .extracting(Participant::nickname)
                .containsExactly("Joost");
        assertThat(participation.visibleAnswers(card.id())).isEmpty();
        assertThat(summaries.summary(meeting.id()).matches()).isEmpty();
        assertThat(summaries.summary(meeting.id()).offers()).isZero();
        assertThat(participation.recognise(meeting.id(), amina.token())).isEmpty();
        assertThat(contacts.mySharing(meeting.id(), joost.token())).isEmpty();
    }

    @Test
    void aFacilitatorDeletesTheirMeetingAtOnce() {
        Meeting meeting = given.evening("privacy-owner", "Weg ermee");
        Joined amina = given.join(meeting, "Amina");
        assertThatThrownBy(() -> meetings.delete(meeting.id(), "someone-else")).isInstanceOf(UserFacingException.class);
        meetings.delete(meeting.id(), "privacy-owner");
        assertThat(meetings.find(meeting.id())).isEmpty();
        assertThat(participation.participants(meeting.id())).isEmpty();
        assertThat(participation.recognise(meeting.id(), amina.token())).isEmpty();
    }

    @Test
    void aLockedMeetingTakesNoNewParentsAndTheFacilitatorCanTakeOneOut() {
        Meeting meeting = given.evening("privacy-owner", "Op slot");
        Joined amina = given.join(meeting, "Amina");
        meetings.setLocked(meeting.id(), "privacy-owner", true);
        assertThatThrownBy(() -> given.join(meeting, "Joost"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("join.error.locked"));
        assertThat(participation.recognise(meeting.id(), amina.token())).isPresent();

        assertThatThrownBy(() -> participation.remove(
                        meeting.id(), "someone-else", amina.participant().id()))
                .isInstanceOf(UserFacingException.class);
        participation.remove(meeting.id(), "privacy-owner", amina.participant().id());
        assertThat(participation.participants(meeting.id())).isEmpty();
        meetings.setLocked(meeting.id(), "privacy-owner", false);
        assertThat(given.join(meeting, "Joost").participant().nickname()).isEqualTo("Joost");
    }

    @Test
    void closedMeetingsAreDeletedAfterTheRetentionPeriodOpenOnesNever() {
        Meeting closed = given.evening("privacy-owner", "Oud");
        Meeting open = given.evening("privacy-owner", "Lopend");
        given.join(closed, "Amina");
        meetings.close(closed.id(), "privacy-owner");

        assertThat(meetings.deleteClosedBefore(Instant.now().minusSeconds(3600)))
                .isZero();
        assertThat(meetings.find(closed.id())).isPresent();
        assertThat(meetings.deleteClosedBefore(Instant.now().plusSeconds(60))).isPositive();
        assertThat(meetings.find(closed.id())).isEmpty();
        assertThat(meetings.find(open.id())).isPresent();
    }
}
