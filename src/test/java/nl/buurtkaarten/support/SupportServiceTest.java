package nl.buurtkaarten.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SupportServiceTest {

    @Autowired
    SupportService support;

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    Meeting meeting;
    Joined amina;
    Joined joost;

    @BeforeEach
    void meetingWithTwoParents() {
        meeting = meetings.open("support-owner", "Steun", List.of("buurt-starter"), "nl");
        amina = participation.join(meeting.id(), "Amina");
        joost = participation.join(meeting.id(), "Joost");
    }

    @Test
    void aParentAddsChangesAndWithdrawsTheirOwnOffersAndRequests() {
        SupportItem offer = support.add(
                meeting.id(),
                amina.token(),
                new SupportDraft(
                        Direction.OFFER,
                        null,
                        Topic.BABYSITTING,
                        null,
                        Set.of(new Slot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON)),
                        null,
                        "  Op woensdag kan het ook.  "));
        assertThat(offer.kind()).isEqualTo(SupportKind.PRACTICAL);
        assertThat(offer.note()).isEqualTo("Op woensdag kan het ook.");
        support.add(meeting.id(), amina.token(), draft(Direction.REQUEST, Topic.LANGUAGE_AND_FORMS));

        SupportItem changed =
                support.change(meeting.id(), amina.token(), offer.id(), draft(Direction.OFFER, Topic.COOKING));
        assertThat(changed.topic()).isEqualTo(Topic.COOKING);
        assertThat(support.mine(meeting.id(), amina.token())).hasSize(2);
        assertThat(support.counts(meeting.id()).get(SupportKind.PRACTICAL)).isEqualTo(new SupportCounts(1, 0));
        assertThat(support.counts(meeting.id()).get(SupportKind.INFORMATIVE)).isEqualTo(new SupportCounts(0, 1));

        support.withdraw(meeting.id(), amina.token(), changed.id());
        assertThat(support.mine(meeting.id(), amina.token()))
                .extracting(SupportItem::direction)
                .containsExactly(Direction.REQUEST);
    }

    @Test
    void nobodyTouchesAnotherParentsOffer() {
        SupportItem offer = support.add(meeting.id(), amina.token(), draft(Direction.OFFER, Topic.SHOPPING));
        refused(() -> support.withdraw(meeting.id(), joost.token(), offer.id()), "support.error.not-found");
        refused(
                () -> support.change(meeting.id(), joost.token(), offer.id(), draft(Direction.OFFER, Topic.COOKING)),
                "support.error.not-found");
        Meeting other = meetings.open("support-owner", "Andere", List.of("buurt-starter"), "nl");
        refused(
                () -> support.add(other.id(), amina.token(), draft(Direction.OFFER, Topic.COOKING)),
                "join.error.not-joined");
    }

    @Test
    void badInputGetsAClearRefusalAndStoresNothing() {
        refused(
                () -> support.add(
                        meeting.id(),
                        amina.token(),
                        new SupportDraft(Direction.OFFER, null, Topic.OTHER, "  ", Set.of(), null, null)),
                "support.error.other-topic-empty");
        refused(
                () -> support.add(
                        meeting.id(),
                        amina.token(),
                        new SupportDraft(Direction.OFFER, null, Topic.COOKING, null, Set.of(), null, "x".repeat(201))),
                "support.error.note-too-long");
        refused(
                () -> support.add(
                        meeting.id(),
                        amina.token(),
                        new SupportDraft(Direction.OFFER, null, Topic.COOKING, null, Set.of(), "Nergensstraat", null)),
                "support.error.unknown-area");
        refused(
                () -> support.add(
                        meeting.id(),
                        amina.token(),
                        new SupportDraft(Direction.OFFER, null, null, null, Set.of(), null, null)),
                "support.error.topic");
        assertThat(support.mine(meeting.id(), amina.token())).isEmpty();
    }

    @Test
    void areasComeFromTheFacilitatorsList() {
        assertThat(support.setAreas(
                        meeting.id(), "support-owner", List.of(" De Linde ", "", "Oranjebuurt", "De Linde")))
                .containsExactly("De Linde", "Oranjebuurt");
        SupportItem request = support.add(
                meeting.id(),
                joost.token(),
                new SupportDraft(Direction.REQUEST, null, Topic.SCHOOL_RUN, null, Set.of(), "Oranjebuurt", null));
        assertThat(request.area()).isEqualTo("Oranjebuurt");
        refused(() -> support.setAreas(meeting.id(), "someone-else", List.of("X")), "meeting.error.not-found");
    }

    @Test
    void aClosedMeetingTakesNoNewOffers() {
        meetings.close(meeting.id(), "support-owner");
        refused(
                () -> support.add(meeting.id(), amina.token(), draft(Direction.OFFER, Topic.COOKING)),
                "meeting.error.closed");
    }

    @Test
    void aParentMayOfferAndRequestTheSameTopic() {
        support.add(meeting.id(), amina.token(), draft(Direction.OFFER, Topic.HOMEWORK));
        support.add(meeting.id(), amina.token(), draft(Direction.REQUEST, Topic.HOMEWORK));
        assertThat(support.mine(meeting.id(), amina.token())).hasSize(2);
    }

    private static SupportDraft draft(Direction direction, Topic topic) {
        return new SupportDraft(direction, null, topic, null, Set.of(), null, null);
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
