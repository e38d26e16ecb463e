package nl.buurtkaarten.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.buurtkaarten.base.SecretTokens;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ParticipationServiceTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    String owner;
    Meeting meeting;

    @BeforeEach
    void openMeeting() {
        owner = "participation-" + UUID.randomUUID();
        meeting = meetings.open(owner, "Speeltuinoverleg", List.of("buurt-starter"), "nl");
    }

    @Test
    void tokensAreLongRandomAndDistinct() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Joined joined = participation.join(meeting.id(), "Ouder " + i);
            assertThat(joined.token()).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
            assertThat(SecretTokens.isWellFormed(joined.token())).isTrue();
            assertThat(joined.toString()).doesNotContain(joined.token());
            tokens.add(joined.token());
        }
        assertThat(tokens).hasSize(20);
        assertThat(SecretTokens.BYTES * 8).isGreaterThanOrEqualTo(128);
        assertThat(SecretTokens.hash("abc")).hasSize(64).isNotEqualTo("abc");
    }

    @Test
    void aTokenIsRecognisedOnlyInItsOwnMeeting() {
        Meeting other = meetings.open(owner, "Andere avond", List.of("buurt-starter"), "nl");
        Joined amina = participation.join(meeting.id(), "Amina");
        assertThat(participation.recognise(meeting.id(), amina.token()))
                .map(Participant::id)
                .contains(amina.participant().id());
        assertThat(participation.recognise(other.id(), amina.token())).isEmpty();
        assertThat(participation.recognise(meeting.id(), null)).isEmpty();
        assertThat(participation.recognise(meeting.id(), "kort")).isEmpty();
        assertThat(participation.recognise(meeting.id(), "A".repeat(43))).isEmpty();
    }

    @Test
    void aBrowserIsRecognisedByItsTokenForTheMeetingFirstThenByATokenOfAnotherMeeting() {
        Joined amina = participation.join(meeting.id(), "Amina");
        Joined bram = participation.join(meeting.id(), "Bram");
        Meeting followUp = meetings.openFollowUp(meeting.id(), owner, "Tweede avond");
        Map<Long, Long> copies = participation.carryOver(meeting.id(), followUp.id());
        Joined chris = participation.join(followUp.id(), "Chris");

        assertThat(participation.recognise(followUp.id(), chris.token(), List.of(amina.token())))
                .hasValueSatisfying(parent -> {
                    assertThat(parent.participant().id())
                            .isEqualTo(chris.participant().id());
                    assertThat(parent.token()).isEqualTo(chris.token());
                    assertThat(parent.fromOtherMeeting())
                            .as("the browser's own cookie needs no rewriting")
                            .isFalse();
                });
        // The phone holds no token for the follow-up yet (or one that no longer counts): the earlier meeting's token,
        // the first that stands for someone here, finds the parent's carried-over copy.
        for (String own : new String[] {null, "kort", "A".repeat(43)}) {
            assertThat(participation.recognise(followUp.id(), own, List.of("kort", bram.token(), amina.token())))
                    .hasValueSatisfying(parent -> {
                        assertThat(parent.participant().id())
                                .isEqualTo(copies.get(bram.participant().id()));
                        assertThat(parent.participant().meetingId()).isEqualTo(followUp.id());
                        assertThat(parent.token()).isEqualTo(bram.token());
                        assertThat(parent.fromOtherMeeting()).isTrue();
                        assertThat(parent.toString()).doesNotContain(bram.token());
                    });
        }
        assertThat(participation.recognise(followUp.id(), null, List.of())).isEmpty();
        assertThat(participation.recognise(meeting.id(), null, List.of(chris.token())))
                .as("a follow-up's token gives nothing before it")
                .isEmpty();
    }

    @Test
    void nicknamesAreTrimmedAndSpacesCollapsed() {
        Joined joined = participation.join(meeting.id(), "  Anna   de   Vries  ");
        assertThat(joined.participant().nickname()).isEqualTo("Anna de Vries");
        assertThat(participation.participants(meeting.id()))
                .extracting(Participant::nickname)
                .containsExactly("Anna de Vries");
        assertThat(participation
                        .join(meeting.id(), "x".repeat(30))
                        .participant()
                        .nickname())
                .hasSize(30);
    }

    @Test
    void badNicknamesAreRefused() {
        assertRefused(() -> participation.join(meeting.id(), ""), "join.error.nickname-empty");
        assertRefused(() -> participation.join(meeting.id(), "   "), "join.error.nickname-empty");
        assertRefused(() -> participation.join(meeting.id(), null), "join.error.nickname-empty");
        assertRefused(() -> participation.join(meeting.id(), "x".repeat(31)), "join.error.nickname-too-long");
        assertRefused(() -> participation.join(meeting.id(), "Bel\u0007la"), "join.error.nickname-invalid");
        assertRefused(() -> participation.join(meeting.id(), "Null\u0000"), "join.error.nickname-invalid");
        assertRefused(() -> participation.join(meeting.id(), "Esc\u001b[31m"), "join.error.nickname-invalid");
        assertThat(participation.participants(meeting.id())).isEmpty();
    }

    @Test
    void aNicknameCanBeUsedOnceInAMeetingRegardlessOfCase() {
        participation.join(meeting.id(), "Amina");
        assertRefused(() -> participation.join(meeting.id(), "amina"), "join.error.nickname-taken");
        assertRefused(() -> participation.join(meeting.id(), " AMINA "), "join.error.nickname-taken");
        assertThat(participation.participants(meeting.id())).hasSize(1);
        Meeting other = meetings.open(owner, "Andere avond", List.of("buurt-starter"), "nl");
        assertThat(participation.join(other.id(), "amina").participant().nickname())
                .isEqualTo("amina");
    }

    @Test
    void aNameThatLooksTheSameOnTheScreenIsRefusedAndSaysWhy() {
        participation.join(meeting.id(), "Sara");
        assertRefused(() -> participation.join(meeting.id(), "Sara\u200B"), "join.error.nickname-taken");
        assertRefused(() -> participation.join(meeting.id(), "\uFF33\uFF21\uFF32\uFF21"), "join.error.nickname-taken");
        assertRefused(() -> participation.join(meeting.id(), "\u0405\u0430r\u0430"), "join.error.nickname-looks-alike");
        assertRefused(() -> participation.join(meeting.id(), "S\u200Dara"), "join.error.nickname-looks-alike");
        participation.join(meeting.id(), "S\u00E1ra");
        assertRefused(() -> participation.join(meeting.id(), "Sa\u0301ra"), "join.error.nickname-taken");
        assertThat(participation.participants(meeting.id()))
                .extracting(Participant::nickname)
                .containsExactly("Sara", "S\u00E1ra");
    }

    @Test
    void invisibleNamesAndAnswersAreRefusedAndDirectionOverridesAreRemoved() {
        assertRefused(() -> participation.join(meeting.id(), "\u200B\u200B"), "join.error.nickname-invisible");
        assertRefused(() -> participation.join(meeting.id(), "\u3164"), "join.error.nickname-invisible");
        assertRefused(() -> participation.join(meeting.id(), "\u2800\u2800"), "join.error.nickname-invisible");
        assertRefused(() -> participation.join(meeting.id(), "\u202E\u2066"), "join.error.nickname-invisible");
        Joined reversed = participation.join(meeting.id(), "\u202Eanna");
        assertThat(reversed.participant().nickname()).isEqualTo("anna");

        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        assertRefused(
                () -> participation.answer(reversed.token(), card.id(), "\u200B \uFEFF\n\u2060", false),
                "answer.error.invisible");
        Answer answer = participation.answer(reversed.token(), card.id(), "Hallo\u0000 buur\u202E!", false);
        assertThat(answer.text()).isEqualTo("Hallo buur!");
        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::text)
                .containsExactly("Hallo buur!");
    }

    @Test
    void joiningAClosedOrUnknownMeetingIsRefused() {
        meetings.close(meeting.id(), owner);
        assertRefused(() -> participation.join(meeting.id(), "Sam"), "join.error.closed");
        assertRefused(() -> participation.join(Long.MAX_VALUE, "Sam"), "join.error.unknown-code");
    }

    @Test
    void answeringACardThatIsNoLongerCurrentIsRefused() {
        Joined sam = participation.join(meeting.id(), "Sam");
        assertRefused(() -> participation.answer(sam.token(), 0, "Te vroeg", false), "answer.error.card-changed");
        DrawnCard first = meetings.drawNext(meeting.id(), owner, null);
        Answer given = participation.answer(sam.token(), first.id(), "Eerste", false);
        meetings.drawNext(meeting.id(), owner, null);
        assertRefused(
                () -> participation.answer(sam.token(), first.id(), "Te laat", false), "answer.error.card-changed");
        assertRefused(
                () -> participation.edit(sam.token(), given.id(), "Gewijzigd", false), "answer.error.card-changed");
        assertRefused(() -> participation.withdraw(sam.token(), given.id()), "answer.error.card-changed");
        assertThat(participation.ownAnswers(sam.token(), first.id()))
                .extracting(Answer::text)
                .containsExactly("Eerste");
    }

    @Test
    void answersCanBeEditedAndWithdrawnOnlyByTheirAuthor() {
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        Joined sam = participation.join(meeting.id(), "Sam");
        Joined noor = participation.join(meeting.id(), "Noor");
        Answer answer = participation.answer(sam.token(), card.id(), "  Samen naar de markt  ", true);
        assertThat(answer.text()).isEqualTo("Samen naar de markt");
        assertThat(answer.publicName()).isEqualTo("Sam");

        assertRefused(() -> participation.edit(noor.token(), answer.id(), "Gekaapt", false), "answer.error.not-found");
        assertRefused(() -> participation.withdraw(noor.token(), answer.id()), "answer.error.not-found");
        assertRefused(() -> participation.edit("A".repeat(43), answer.id(), "Gekaapt", false), "join.error.not-joined");
        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::text)
                .containsExactly("Samen naar de markt");

        participation.edit(sam.token(), answer.id(), "Samen naar de bibliotheek", false);
        assertThat(participation.visibleAnswers(card.id())).singleElement().satisfies(edited -> {
            assertThat(edited.text()).isEqualTo("Samen naar de bibliotheek");
            assertThat(edited.publicName()).isNull();
        });
        participation.withdraw(sam.token(), answer.id());
        assertThat(participation.visibleAnswers(card.id())).isEmpty();
        assertRefused(() -> participation.withdraw(sam.token(), answer.id()), "answer.error.not-found");
    }

    @Test
    void atMostTenAnswersPerCard() {
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        Joined sam = participation.join(meeting.id(), "Sam");
        for (int i = 1; i <= 10; i++) {
            participation.answer(sam.token(), card.id(), "Antwoord " + i, false);
        }
        assertRefused(
                () -> participation.answer(sam.token(), card.id(), "Antwoord 11", false), "answer.error.too-many");
        assertThat(participation.ownAnswers(sam.token(), card.id())).hasSize(10);
    }

    @Test
    void emptyAndTooLongAnswersAreRefused() {
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        Joined sam = participation.join(meeting.id(), "Sam");
        assertRefused(() -> participation.answer(sam.token(), card.id(), "   ", false), "answer.error.empty");
        assertRefused(
                () -> participation.answer(sam.token(), card.id(), "x".repeat(501), false), "answer.error.too-long");
        assertThat(participation
                        .answer(sam.token(), card.id(), "x".repeat(500), false)
                        .text())
                .hasSize(500);
        assertThat(participation.ownAnswers(sam.token(), card.id())).hasSize(1);
    }

    @Test
    void answersKeepHtmlVerbatim() {
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        Joined sam = participation.join(meeting.id(), "Sam");
        String html = "<img src=x onerror=alert(1)> & <b>vet</b>";
        participation.answer(sam.token(), card.id(), html, false);
        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::text)
                .containsExactly(html);
    }

    @Test
    void answeringInAClosedMeetingIsRefused() {
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        Joined sam = participation.join(meeting.id(), "Sam");
        meetings.close(meeting.id(), owner);
        assertRefused(() -> participation.answer(sam.token(), card.id(), "Nog even", false), "meeting.error.closed");
    }

    @Test
    void aQuestionCardIsAnsweredWithItsOwnPicturesInTheLowLiteracyMode() {
        Joined sam = participation.join(meeting.id(), "Sam");
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        while (card.kind() != CardKind.QUESTION) {
            card = meetings.drawNext(meeting.id(), owner, null);
        }
        long drawId = card.id();
        assertThat(card.choices())
                .containsExactly(PictureChoice.KNOW_THIS, PictureChoice.WANT_TO_TALK, PictureChoice.RATHER_NOT);
        participation.react(sam.token(), drawId, PictureChoice.WANT_TO_TALK, false);
        assertThat(participation.visibleAnswers(drawId))
                .singleElement()
                .satisfies(answer -> assertThat(answer.reaction()).isEqualTo(PictureChoice.WANT_TO_TALK));
        assertRefused(
                () -> participation.react(sam.token(), drawId, PictureChoice.RECOGNISE, false),
                "answer.error.no-reaction");
    }

    @Test
    void picturesOnlyFromTheCardsOwnChoicesAndOneAtATime() {
        Joined sam = participation.join(meeting.id(), "Sam");
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        while (card.kind() != CardKind.STATEMENT) {
            long drawId = card.id();
            assertRefused(
                    () -> participation.react(sam.token(), drawId, PictureChoice.PARTLY, false),
                    "answer.error.no-reaction");
            card = meetings.drawNext(meeting.id(), owner, null);
        }
        participation.react(sam.token(), card.id(), PictureChoice.RECOGNISE, false);
        participation.react(sam.token(), card.id(), PictureChoice.PARTLY, false);
        assertThat(participation.ownAnswers(sam.token(), card.id()))
                .singleElement()
                .extracting(Answer::reaction)
                .isEqualTo(PictureChoice.PARTLY);
        participation.react(sam.token(), card.id(), null, false);
        assertThat(participation.ownAnswers(sam.token(), card.id())).isEmpty();
    }

    @Test
    void theFacilitatorHidesAnswersOnlyInTheirOwnMeeting() {
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        Joined sam = participation.join(meeting.id(), "Sam");
        Answer answer = participation.answer(sam.token(), card.id(), "Iets", false);
        assertRefused(
                () -> participation.setHidden(meeting.id(), "someone-else", answer.id(), true),
                "meeting.error.not-found");
        Meeting other = meetings.open(owner, "Andere avond", List.of("buurt-starter"), "nl");
        assertRefused(() -> participation.setHidden(other.id(), owner, answer.id(), true), "answer.error.not-found");

        participation.setHidden(meeting.id(), owner, answer.id(), true);
        assertThat(participation.visibleAnswers(card.id())).isEmpty();
        assertThat(participation.allAnswers(meeting.id(), owner, card.id()))
                .singleElement()
                .extracting(Answer::hidden)
                .isEqualTo(true);
        assertThat(participation.ownAnswers(sam.token(), card.id()))
                .singleElement()
                .extracting(Answer::hidden)
                .isEqualTo(true);
    }

    static void assertRefused(ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
