package nl.buurtkaarten.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.DeckCatalog;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class MeetingServiceTest {

    private static final String DECK = "buurt-starter";

    @Autowired
    MeetingService meetings;

    @Autowired
    DeckCatalog catalog;

    String owner;
    Meeting meeting;

    @BeforeEach
    void openMeeting() {
        owner = "service-" + UUID.randomUUID();
        meeting = meetings.open(owner, "Koffieochtend", List.of(DECK), "nl");
    }

    @Test
    void drawingAllCardsGivesEachCardOnceThenSaysTheyAreUsedUp() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
            drawn.add(card.deckId() + "/" + card.cardId());
        }
        assertThat(drawn).hasSize(24);
        assertThat(meetings.progress(meeting.id())).isEqualTo(new DrawProgress(0, 24, true));
        assertRefused(() -> meetings.drawNext(meeting.id(), owner, null), "draw.error.exhausted");
    }

    @Test
    void reshufflingLetsEveryCardBeDrawnAgain() {
        for (int i = 0; i < 24; i++) {
            meetings.drawNext(meeting.id(), owner, null);
        }
        meetings.reshuffle(meeting.id(), owner);
        assertThat(meetings.progress(meeting.id()).remaining()).isEqualTo(24);
        Set<String> second = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            second.add(meetings.drawNext(meeting.id(), owner, null).cardId());
        }
        assertThat(second).hasSize(24);
        assertRefused(() -> meetings.drawNext(meeting.id(), owner, null), "draw.error.exhausted");
    }

    @Test
    void backShowsTheEarlierCardAndNextGoesForwardWithoutANewDraw() {
        DrawnCard first = meetings.drawNext(meeting.id(), owner, null);
        DrawnCard second = meetings.drawNext(meeting.id(), owner, null);
        assertThat(meetings.progress(meeting.id()).canGoBack()).isTrue();

        assertThat(meetings.back(meeting.id(), owner).id()).isEqualTo(first.id());
        assertThat(meetings.currentCard(meeting.id())).map(DrawnCard::id).contains(first.id());
        assertThat(meetings.progress(meeting.id()).canGoBack()).isFalse();
        assertRefused(() -> meetings.back(meeting.id(), owner), "draw.error.no-previous");

        assertThat(meetings.drawNext(meeting.id(), owner, null).id()).isEqualTo(second.id());
        assertThat(meetings.progress(meeting.id()).remaining()).isEqualTo(22);
    }

    @Test
    void backWithoutAnyCardIsRefused() {
        assertRefused(() -> meetings.back(meeting.id(), owner), "draw.error.no-previous");
        assertRefused(() -> meetings.skip(meeting.id(), owner), "draw.error.nothing-to-skip");
    }

    @Test
    void aSkippedCardIsReplacedAndNeverComesBack() {
        DrawnCard first = meetings.drawNext(meeting.id(), owner, null);
        DrawnCard skipped = meetings.drawNext(meeting.id(), owner, null);
        DrawnCard replacement = meetings.skip(meeting.id(), owner);
        assertThat(replacement.cardId()).isNotIn(first.cardId(), skipped.cardId());
        assertThat(meetings.drawnCard(skipped.id())).map(DrawnCard::skipped).contains(true);

        assertThat(meetings.back(meeting.id(), owner).id()).isEqualTo(first.id());
        assertThat(meetings.drawNext(meeting.id(), owner, null).id()).isEqualTo(replacement.id());

        List<String> rest = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            rest.add(meetings.drawNext(meeting.id(), owner, null).cardId());
        }
        assertThat(rest)
                .doesNotContain(skipped.cardId(), first.cardId(), replacement.cardId())
                .doesNotHaveDuplicates();
        assertRefused(() -> meetings.drawNext(meeting.id(), owner, null), "draw.error.exhausted");
    }

    @Test
    void skippingAfterGoingBackShowsTheLaterCard() {
        DrawnCard first = meetings.drawNext(meeting.id(), owner, null);
        DrawnCard second = meetings.drawNext(meeting.id(), owner, null);
        meetings.back(meeting.id(), owner);
        assertThat(meetings.skip(meeting.id(), owner).id()).isEqualTo(second.id());
        assertRefused(() -> meetings.back(meeting.id(), owner), "draw.error.no-previous");
        assertThat(meetings.drawnCard(first.id())).map(DrawnCard::skipped).contains(true);
    }

    @Test
    void drawingFromAThemeGivesOnlyThatThemeUntilItIsUsedUp() {
        String theme = "kennismaken";
        long inTheme = catalog.deck(DECK).orElseThrow().cards().stream()
                .filter(card -> card.theme().equals(theme))
                .count();
        assertThat(meetings.themes(meeting.id())).contains(theme);
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < inTheme; i++) {
            DrawnCard card = meetings.drawNext(meeting.id(), owner, theme);
            assertThat(card.theme()).isEqualTo(theme);
            drawn.add(card.cardId());
        }
        assertThat(drawn).hasSize((int) inTheme);
        assertRefused(() -> meetings.drawNext(meeting.id(), owner, theme), "draw.error.theme-exhausted");
        assertThat(meetings.drawNext(meeting.id(), owner, null).theme()).isNotEqualTo(theme);
    }

    @Test
    void nextCardLeavesWarmUpsAndClosingCardsToTheirThemeUnlessNothingElseIsLeft() {
        Meeting evening = meetings.open(owner, "Avond", List.of(DECK, "opwarmen-en-afsluiten"), "nl");
        int everyday = meetings.progress(evening.id()).total();
        for (int i = 0; i < everyday; i++) {
            assertThat(meetings.drawNext(evening.id(), owner, null).theme()).isNotIn("opwarmen", "afsluiten");
        }
        assertRefused(() -> meetings.drawNext(evening.id(), owner, null), "draw.error.exhausted");
        assertThat(meetings.drawNext(evening.id(), owner, "opwarmen").theme()).isEqualTo("opwarmen");

        Meeting onlyWarmUps = meetings.open(owner, "Alleen opwarmen", List.of("opwarmen-en-afsluiten"), "nl");
        assertThat(meetings.drawNext(onlyWarmUps.id(), owner, null).theme()).isIn("opwarmen", "afsluiten");
    }

    @Test
    void aClosedMeetingCannotDrawUntilReopened() {
        meetings.close(meeting.id(), owner);
        assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(meetings.find(meeting.id()).orElseThrow().closedAt()).isNotNull();
        assertRefused(() -> meetings.drawNext(meeting.id(), owner, null), "meeting.error.closed");
        assertRefused(() -> meetings.reshuffle(meeting.id(), owner), "meeting.error.closed");

        meetings.reopen(meeting.id(), owner);
        assertThat(meetings.find(meeting.id()).orElseThrow().isOpen()).isTrue();
        assertThat(meetings.drawNext(meeting.id(), owner, null)).isNotNull();
    }

    @Test
    void anotherFacilitatorCannotTouchTheMeeting() {
        String stranger = "stranger-" + UUID.randomUUID();
        assertRefused(() -> meetings.drawNext(meeting.id(), stranger, null), "meeting.error.not-found");
        assertRefused(() -> meetings.close(meeting.id(), stranger), "meeting.error.not-found");
        assertRefused(() -> meetings.ownedBy(meeting.id(), stranger), "meeting.error.not-found");
        assertRefused(() -> meetings.setAnswersVisible(meeting.id(), stranger, false), "meeting.error.not-found");
        assertRefused(() -> meetings.drawNext(Long.MAX_VALUE, owner, null), "meeting.error.not-found");
        assertThat(meetings.meetingsOf(stranger)).isEmpty();
        assertThat(meetings.find(meeting.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void openingChecksTitleDecksAndLanguage() {
        assertRefused(() -> meetings.open(owner, "", List.of(DECK), "nl"), "meeting.error.title-empty");
        assertRefused(() -> meetings.open(owner, "   ", List.of(DECK), "nl"), "meeting.error.title-empty");
        assertRefused(() -> meetings.open(owner, null, List.of(DECK), "nl"), "meeting.error.title-empty");
        assertRefused(() -> meetings.open(owner, "x".repeat(81), List.of(DECK), "nl"), "meeting.error.title-too-long");
        assertRefused(() -> meetings.open(owner, "Avond", List.of(), "nl"), "meeting.error.no-decks");
        assertRefused(
                () -> meetings.open(owner, "Avond", List.of("bestaat-niet"), "nl"), "meeting.error.deck-unavailable");
        assertRefused(() -> meetings.open(owner, "Avond", List.of(DECK), "fr"), "meeting.error.language");
        assertThat(meetings.meetingsOf(owner)).extracting(Meeting::id).containsExactly(meeting.id());

        Meeting longest = meetings.open(owner, "  " + "x".repeat(80) + "  ", List.of(DECK), "en");
        assertThat(longest.title()).hasSize(80);
        assertThat(longest.language()).isEqualTo("en");
    }

    @Test
    void twoMeetingsGetDifferentWellFormedCodes() {
        Meeting other = meetings.open(owner, "Tweede avond", List.of(DECK), "nl");
        assertThat(other.joinCode()).isNotEqualTo(meeting.joinCode());
        assertThat(JoinCode.isWellFormed(meeting.joinCode())).isTrue();
        assertThat(meetings.findByJoinCode(meeting.displayCode().toLowerCase()))
                .map(Meeting::id)
                .contains(meeting.id());
        assertThat(meetings.meetingsOf(owner)).extracting(Meeting::id).containsExactly(other.id(), meeting.id());
    }

    @Test
    void theStateSurvivesAFreshRead() {
        assertThat(meeting.currentDrawId()).isNull();
        assertThat(meeting.deckIds()).containsExactly(DECK);
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        Meeting read = meetings.find(meeting.id()).orElseThrow();
        assertThat(read.currentDrawId()).isEqualTo(card.id());
        assertThat(read.drawRound()).isEqualTo(1);
        DrawnCard again = meetings.currentCard(meeting.id()).orElseThrow();
        assertThat(again.cardId()).isEqualTo(card.cardId());
        assertThat(again.textIn("nl")).isEqualTo(card.textIn("nl")).isNotBlank();
        Card original = catalog.deck(DECK).orElseThrow().cards().stream()
                .filter(c -> c.id().equals(card.cardId()))
                .findFirst()
                .orElseThrow();
        assertThat(again.textIn("nl")).isEqualTo(original.textIn("nl"));
        assertThat(again.kind()).isEqualTo(original.kind());
        assertThat(again.support()).isEqualTo(original.support());
    }

    @Test
    void answersVisibilityIsKept() {
        assertThat(meeting.answersVisible()).isTrue();
        meetings.setAnswersVisible(meeting.id(), owner, false);
        assertThat(meetings.find(meeting.id()).orElseThrow().answersVisible()).isFalse();
    }

    static void assertRefused(ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }
}
