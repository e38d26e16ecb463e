package nl.buurtkaarten.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.matching.ReasonKind;
import nl.buurtkaarten.support.matching.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SummaryServiceTest {

    @Autowired
    SummaryService summaries;
    @Autowired
    ContactService contacts;
    @Autowired
    SupportService support;
    @Autowired
    MeetingService meetings;
    @Autowired
    ParticipationService participation;

    Meeting meeting;
    Joined amina;
    Joined joost;
    Joined sam;

    @BeforeEach
    void threeParents() {
        meeting = meetings.open("summary-owner", "Samenvatting", List.of("buurt-starter"), "nl");
        amina = participation.join(meeting.id(), "Amina");
        joost = participation.join(meeting.id(), "Joost");
        sam = participation.join(meeting.id(), "Sam");
    }

    @Test
    void parentsWhoHelpEachOtherAreMatchedBothWaysWithReasons() {
        SupportItem babysitting = add(amina, Direction.OFFER, Topic.BABYSITTING);
        add(joost, Direction.REQUEST, Topic.BABYSITTING);
        add(joost, Direction.OFFER, Topic.LANGUAGE_AND_FORMS);
        add(amina, Direction.REQUEST, Topic.LANGUAGE_AND_FORMS);
        add(sam, Direction.REQUEST, Topic.LISTENING_EAR);

        MeetingSummary summary = summaries.summary(meeting.id());
        assertThat(summary.matches()).hasSize(2);
        SuggestedMatch first = summary.matches().stream().filter(match -> match.offer().id() == babysitting.id()).findFirst().orElseThrow();
        assertThat(first.helper().nickname()).isEqualTo("Amina");
        assertThat(first.receiver().nickname()).isEqualTo("Joost");
        assertThat(first.reasons()).extracting(reason -> reason.kind()).contains(ReasonKind.SAME_TOPIC, ReasonKind.GIVE_AND_TAKE);
        assertThat(summary.openRequests()).extracting(SupportItem::topic).containsExactly(Topic.LISTENING_EAR);
        assertThat(summary.givingAndReceiving()).isEqualTo(2);
        assertThat(summary.givingAndReceivingPercent()).isEqualTo(67);
        assertThat(summaries.personal(meeting.id(), sam.participant().id())).isEmpty();
    }

    @Test
    void aWithdrawnOfferLeavesTheSummaryAtOnce() {
        SupportItem offer = add(amina, Direction.OFFER, Topic.BABYSITTING);
        add(joost, Direction.REQUEST, Topic.BABYSITTING);
        assertThat(summaries.summary(meeting.id()).matches()).hasSize(1);
        support.withdraw(meeting.id(), amina.token(), offer.id());
        MeetingSummary after = summaries.summary(meeting.id());
        assertThat(after.matches()).isEmpty();
        assertThat(after.openRequests()).hasSize(1);
    }

    @Test
    void noOffersOrNoRequestsGiveAnEmptyButValidSummary() {
        assertThat(summaries.summary(meeting.id()).matches()).isEmpty();
        add(amina, Direction.OFFER, Topic.COOKING);
        assertThat(summaries.summary(meeting.id()).matches()).isEmpty();
        assertThat(summaries.summary(meeting.id()).offers()).isEqualTo(1);
    }

    @Test
    void contactDetailsAreSeenOnlyWhenBothAgreed() {
        add(amina, Direction.OFFER, Topic.BABYSITTING);
        add(joost, Direction.REQUEST, Topic.BABYSITTING);
        long aminaId = amina.participant().id();
        long joostId = joost.participant().id();

        contacts.share(meeting.id(), amina.token(), joostId, "06 12345678");
        assertThat(contacts.mutualContact(meeting.id(), joost.token(), aminaId)).isEmpty();
        assertThat(contacts.mutualContact(meeting.id(), amina.token(), joostId)).isEmpty();
        assertThat(contacts.otherHasAgreed(meeting.id(), joost.token(), aminaId)).isTrue();

        contacts.share(meeting.id(), joost.token(), aminaId, "joost@voorbeeld.nl");
        assertThat(contacts.mutualContact(meeting.id(), joost.token(), aminaId)).contains("06 12345678");
        assertThat(contacts.mutualContact(meeting.id(), amina.token(), joostId)).contains("joost@voorbeeld.nl");

        contacts.stopSharing(meeting.id(), amina.token(), joostId);
        assertThat(contacts.mutualContact(meeting.id(), joost.token(), aminaId)).isEmpty();
    }

    @Test
    void contactIsSharedOnlyWithAMatchAndOnlyWhenItLooksLikeAContact() {
        add(amina, Direction.OFFER, Topic.BABYSITTING);
        add(joost, Direction.REQUEST, Topic.BABYSITTING);
        long joostId = joost.participant().id();
        refused(() -> contacts.share(meeting.id(), amina.token(), sam.participant().id(), "06 12345678"), "contact.error.not-matched");
        refused(() -> contacts.share(meeting.id(), amina.token(), joostId, "   "), "contact.error.empty");
        refused(() -> contacts.share(meeting.id(), amina.token(), joostId, "12 34"), "contact.error.phone");
        refused(() -> contacts.share(meeting.id(), amina.token(), joostId, "bel me maar"), "contact.error.phone");
        refused(() -> contacts.share(meeting.id(), amina.token(), joostId, "amina@"), "contact.error.email");
        refused(() -> contacts.share(meeting.id(), amina.token(), joostId, "x".repeat(101) + "@a.nl"), "contact.error.too-long");
        assertThat(contacts.mySharing(meeting.id(), amina.token())).isEmpty();
    }

    @Test
    void theNetworkPictureShowsNicknamesAsTextNeverAsMarkup() {
        Joined odd = participation.join(meeting.id(), "<script>x</script>");
        add(odd, Direction.OFFER, Topic.COOKING);
        add(amina, Direction.REQUEST, Topic.COOKING);
        String svg = NetworkPicture.svg(summaries.summary(meeting.id()), "Netwerk");
        assertThat(svg).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
        assertThat(NetworkPicture.svg(summaries.summary(meeting.id()), "Netwerk")).isEqualTo(svg);
    }

    private SupportItem add(Joined parent, Direction direction, Topic topic) {
        return support.add(meeting.id(), parent.token(), new SupportDraft(direction, null, topic, null, Set.of(), null, null));
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
