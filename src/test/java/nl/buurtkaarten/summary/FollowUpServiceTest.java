package nl.buurtkaarten.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class FollowUpServiceTest {

    @Autowired
    SummaryFixture given;

    @Autowired
    FollowUpService followUps;

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    SupportService support;

    @Autowired
    SummaryService summaries;

    @Test
    void aFollowUpStartsWithTheSameGroupTheirOffersAndTheirPhones() {
        Meeting first = given.evening("follow-owner", "Eerste avond", "en");
        Joined amina = given.join(first, "Amina");
        Joined joost = given.join(first, "Joost");
        support.setAreas(first.id(), "follow-owner", List.of("De Linde"));
        given.add(amina, new SupportDraft(Direction.OFFER, null, Topic.BABYSITTING, null, Set.of(), "De Linde", null));
        given.request(joost, Topic.BABYSITTING);
        meetings.close(first.id(), "follow-owner");

        Meeting second = followUps.start(first.id(), "follow-owner", "Tweede avond");

        assertThat(second.isOpen()).isTrue();
        assertThat(second.language()).isEqualTo("en");
        assertThat(second.deckIds()).containsExactly("buurt-starter");
        assertThat(second.joinCode()).isNotEqualTo(first.joinCode());
        assertThat(participation.participants(second.id()))
                .extracting(Participant::nickname)
                .containsExactly("Amina", "Joost");
        Participant aminaAgain =
                participation.recognise(second.id(), amina.token()).orElseThrow();
        assertThat(aminaAgain.nickname()).isEqualTo("Amina");
        assertThat(aminaAgain.meetingId()).isEqualTo(second.id());
        assertThat(support.mine(second.id(), amina.token()))
                .singleElement()
                .satisfies(item -> assertThat(item.area()).isEqualTo("De Linde"));
        assertThat(support.areas(second.id())).containsExactly("De Linde");
        assertThat(summaries.summary(second.id()).matches())
                .singleElement()
                .satisfies(match -> assertThat(match.helper().nickname()).isEqualTo("Amina"));

        Meeting unrelated = given.evening("follow-owner", "Ander");
        assertThat(participation.recognise(unrelated.id(), amina.token())).isEmpty();
    }

    @Test
    void aParentCarriedOverAnswersEditsAndWithdrawsInTheFollowUpWithTheirFirstPhone() {
        Meeting first = given.evening("follow-owner", "Eerste avond");
        Joined amina = given.join(first, "Amina");
        DrawnCard firstCard = meetings.drawNext(first.id(), "follow-owner", null);
        participation.answer(amina.token(), firstCard.id(), "Op de eerste avond", false);
        Meeting second = followUps.start(first.id(), "follow-owner", "Tweede avond");
        DrawnCard card = meetings.drawNext(second.id(), "follow-owner", null);
        while (card.kind() == CardKind.STATEMENT) {
            card = meetings.drawNext(second.id(), "follow-owner", null);
        }
        long drawId = card.id();
        Participant aminaHere =
                participation.recognise(second.id(), amina.token()).orElseThrow();

        Answer given = participation.answer(amina.token(), drawId, "Ik ben er weer", true);
        assertThat(given.participantId()).isEqualTo(aminaHere.id());
        assertThat(participation.ownAnswers(amina.token(), drawId))
                .extracting(Answer::text)
                .containsExactly("Ik ben er weer");
        participation.edit(amina.token(), given.id(), "Ik ben er weer, met mijn buurvrouw", true);
        assertThat(participation.visibleAnswers(drawId))
                .extracting(Answer::text)
                .containsExactly("Ik ben er weer, met mijn buurvrouw");
        participation.withdraw(amina.token(), given.id());
        assertThat(participation.visibleAnswers(drawId)).isEmpty();
        assertThat(participation.visibleAnswers(firstCard.id()))
                .extracting(Answer::text)
                .containsExactly("Op de eerste avond");
    }

    @Test
    void aParentCarriedOverReactsToAStatementInTheFollowUp() {
        Meeting first = given.evening("follow-owner", "Eerste avond");
        Joined joost = given.join(first, "Joost");
        Meeting second = followUps.start(first.id(), "follow-owner", "Tweede avond");
        DrawnCard card = meetings.drawNext(second.id(), "follow-owner", null);
        while (card.kind() != CardKind.STATEMENT) {
            card = meetings.drawNext(second.id(), "follow-owner", null);
        }
        participation.react(joost.token(), card.id(), PictureChoice.RECOGNISE, false);
        assertThat(participation.visibleAnswers(card.id()))
                .singleElement()
                .satisfies(answer -> assertThat(answer.reaction()).isEqualTo(PictureChoice.RECOGNISE));
    }

    @Test
    void onlyTheOwnerStartsAFollowUp() {
        Meeting first = given.evening("follow-owner", "Eerste avond");
        assertThatThrownBy(() -> followUps.start(first.id(), "someone-else", "Vervolg"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("meeting.error.not-found"));
    }
}
