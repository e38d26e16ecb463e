package nl.buurtkaarten.meeting;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.buurtkaarten.base.OnceAcrossNodes;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.UserText;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardTags;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.meeting.MeetingEvents.AnswersVisibilityChanged;
import nl.buurtkaarten.meeting.MeetingEvents.CurrentCardChanged;
import nl.buurtkaarten.meeting.MeetingEvents.MeetingStatusChanged;
import nl.buurtkaarten.meeting.internal.MeetingRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, drawing in and closing meetings. Every change is checked against the meeting's owner. */
@Service
public class MeetingService {

    public static final int MAX_TITLE = 80;
    public static final Set<String> LANGUAGES = new LinkedHashSet<>(List.of("nl", "en"));

    private final MeetingRepository meetings;
    private final DeckCatalog catalog;
    private final ApplicationEventPublisher events;
    private final SecureRandom random;
    private final Clock clock;
    /** Themes drawn only when the facilitator picks them (warm-ups, closing cards), never by "next card". */
    private final Set<String> onRequestThemes;

    private final OnceAcrossNodes once;

    MeetingService(
            MeetingRepository meetings,
            DeckCatalog catalog,
            ApplicationEventPublisher events,
            SecureRandom random,
            Clock clock,
            OnceAcrossNodes once,
            @Value("${buurtkaarten.draw.on-request-themes:opwarmen,afsluiten}") List<String> onRequestThemes) {
        this.once = once;
        this.onRequestThemes = Set.copyOf(onRequestThemes);
        this.meetings = meetings;
        this.catalog = catalog;
        this.events = events;
        this.random = random;
        this.clock = clock;
    }

    @Transactional
    public Meeting open(String owner, String title, Collection<String> deckIds, String language) {
        return open(owner, title, deckIds, language, null);
    }

    /**
     * Opens a follow-up of an earlier meeting of this facilitator, with its decks (those still
     * available) and language. Carrying the group over is up to the features that own it.
     */
    @Transactional
    public Meeting openFollowUp(long previousMeetingId, String owner, String title) {
        Meeting previous = ownedBy(previousMeetingId, owner);
        List<String> decks = previous.deckIds().stream()
                .filter(id ->
                        catalog.deck(id).map(deck -> !deck.cards().isEmpty()).orElse(false))
                .toList();
        if (decks.isEmpty()) {
            throw new UserFacingException("meeting.error.no-decks");
        }
        return open(owner, title, decks, previous.language(), previousMeetingId);
    }

    private Meeting open(
            String owner, String title, Collection<String> deckIds, String language, Long previousMeetingId) {
        if (title == null || !UserText.isVisible(title)) {
            throw new UserFacingException("meeting.error.title-empty");
        }
        String cleanTitle = UserText.line(title, "meeting.error.title-empty");
        if (UserText.length(cleanTitle) > MAX_TITLE) {
            throw new UserFacingException("meeting.error.title-too-long", MAX_TITLE);
        }
        if (deckIds == null || deckIds.isEmpty()) {
            throw new UserFacingException("meeting.error.no-decks");
        }
        for (String deckId : deckIds) {
            if (catalog.deck(deckId).map(deck -> deck.cards().isEmpty()).orElse(true)) {
                throw new UserFacingException("meeting.error.deck-unavailable", deckId);
            }
        }
        if (!LANGUAGES.contains(language)) {
            throw new UserFacingException("meeting.error.language");
        }
        String code;
        do {
            code = JoinCode.generate(random);
        } while (meetings.joinCodeExists(code));
        long id = meetings.insertMeeting(
                cleanTitle,
                language,
                code,
                owner,
                List.copyOf(new TreeSet<>(deckIds)),
                clock.instant(),
                previousMeetingId);
        return meetings.findMeeting(id).orElseThrow();
    }

    public List<Meeting> meetingsOf(String owner) {
        return meetings.findByOwner(owner);
    }

    public Optional<Meeting> find(long meetingId) {
        return meetings.findMeeting(meetingId);
    }

    /** The meeting if it belongs to this facilitator; otherwise as if it did not exist. */
    public Meeting ownedBy(long meetingId, String owner) {
        return meetings.findMeeting(meetingId)
                .filter(meeting -> meeting.owner().equals(owner))
                .orElseThrow(() -> new UserFacingException("meeting.error.not-found"));
    }

    /** Finds a meeting by a code as a parent typed it; empty when no meeting has that code. */
    public Optional<Meeting> findByJoinCode(String typed) {
        String code = JoinCode.normalise(typed);
        if (!JoinCode.isWellFormed(code)) {
            return Optional.empty();
        }
        return meetings.findByJoinCode(code);
    }

    public Optional<DrawnCard> currentCard(long meetingId) {
        return meetings.findMeeting(meetingId).map(Meeting::currentDrawId).flatMap(meetings::findDraw);
    }

    public Optional<DrawnCard> drawnCard(long drawId) {
        return meetings.findDraw(drawId);
    }

    /**
     * What the deck says about a drawn card for the facilitator (style, behaviour, place), as its
     * deck file has it now; none when the card or its deck is gone.
     */
    public CardTags tagsOf(DrawnCard card) {
        return catalog.deck(card.deckId())
                .flatMap(deck -> deck.cards().stream()
                        .filter(found -> found.id().equals(card.cardId()))
                        .findFirst())
                .map(Card::tags)
                .orElse(CardTags.NONE);
    }

    /** The picture of a drawn card, as its deck folder has it now. */
    public Optional<Path> imageOf(DrawnCard card) {
        return catalog.imageOf(card.deckId(), card.cardId());
    }

    /** The themes of the meeting's decks, to draw from one category. */
    public List<String> themes(long meetingId) {
        Meeting meeting = meetings.findMeeting(meetingId).orElseThrow();
        return decksOf(meeting).stream()
                .flatMap(deck -> deck.themes().stream())
                .distinct()
                .sorted()
                .toList();
    }

    public DrawProgress progress(long meetingId) {
        Meeting meeting = meetings.findMeeting(meetingId).orElseThrow();
        List<Card> pool = pool(meeting, null);
        Set<String> used = new HashSet<>(meetings.drawnCardKeys(meetingId, meeting.drawRound()));
        int remaining =
                (int) pool.stream().filter(card -> !used.contains(key(card))).count();
        boolean canGoBack = meeting.currentDrawId() != null
                && meetings.findDraw(meeting.currentDrawId())
                        .flatMap(current -> meetings.neighbour(meetingId, current.sequence(), false))
                        .isPresent();
        return new DrawProgress(remaining, pool.size(), canGoBack);
    }

    /**
     * Shows the next card: the one that came after the current card if the facilitator went back,
     * else a new card drawn at random from the cards not yet drawn (of one theme, if given).
     */
    @Transactional
    public DrawnCard drawNext(long meetingId, String owner, String theme) {
        Meeting meeting = lockOpen(meetingId, owner);
        if (theme == null) {
            Optional<DrawnCard> later =
                    current(meeting).flatMap(current -> meetings.neighbour(meetingId, current.sequence(), true));
            if (later.isPresent()) {
                return makeCurrent(meeting, later.get());
            }
        }
        return drawNew(meeting, theme);
    }

    /** Leaves the current card out of the meeting and shows the next one. */
    @Transactional
    public DrawnCard skip(long meetingId, String owner) {
        Meeting meeting = lockOpen(meetingId, owner);
        DrawnCard current = current(meeting).orElseThrow(() -> new UserFacingException("draw.error.nothing-to-skip"));
        meetings.markSkipped(current.id());
        Optional<DrawnCard> later = meetings.neighbour(meetingId, current.sequence(), true);
        if (later.isPresent()) {
            return makeCurrent(meeting, later.get());
        }
        return drawNew(meeting, null);
    }

    /** Shows the card before the current one again. */
    @Transactional
    public DrawnCard back(long meetingId, String owner) {
        Meeting meeting = lockOpen(meetingId, owner);
        DrawnCard previous = current(meeting)
                .flatMap(current -> meetings.neighbour(meetingId, current.sequence(), false))
                .orElseThrow(() -> new UserFacingException("draw.error.no-previous"));
        return makeCurrent(meeting, previous);
    }

    /** After all cards were drawn: lets every card be drawn once more. */
    @Transactional
    public void reshuffle(long meetingId, String owner) {
        lockOpen(meetingId, owner);
        meetings.startNextRound(meetingId);
        events.publishEvent(new MeetingEvents.DrawRoundStarted(meetingId));
    }

    @Transactional
    public void setAnswersVisible(long meetingId, String owner, boolean visible) {
        lockOwned(meetingId, owner);
        meetings.setAnswersVisible(meetingId, visible);
        events.publishEvent(new AnswersVisibilityChanged(meetingId, visible));
    }

    @Transactional
    public void setSummaryVisible(long meetingId, String owner, boolean visible) {
        lockOwned(meetingId, owner);
        meetings.setSummaryVisible(meetingId, visible);
        events.publishEvent(new MeetingEvents.SummaryVisibilityChanged(meetingId, visible));
    }

    @Transactional
    public void close(long meetingId, String owner) {
        Meeting meeting = lockOwned(meetingId, owner);
        if (meeting.isOpen()) {
            meetings.setStatus(meetingId, MeetingStatus.CLOSED, clock.instant());
            events.publishEvent(new MeetingStatusChanged(meetingId, MeetingStatus.CLOSED));
        }
    }

    /** Locks the meeting against new parents (those who joined stay), or opens it to them again. */
    @Transactional
    public void setLocked(long meetingId, String owner, boolean locked) {
        lockOwned(meetingId, owner);
        meetings.setLocked(meetingId, locked);
        events.publishEvent(new MeetingEvents.JoiningLocked(meetingId, locked));
    }

    /** Deletes a meeting at once, with everything parents filled in. */
    @Transactional
    public void delete(long meetingId, String owner) {
        lockOwned(meetingId, owner);
        meetings.deleteMeeting(meetingId);
        events.publishEvent(new MeetingEvents.MeetingDeleted(meetingId));
    }

    /**
     * Deletes every meeting that closed longer ago than the retention period; returns how many. With several app
     * nodes one does it at a time; the others find nothing left or skip it (0).
     */
    @Transactional
    public int deleteClosedBefore(Instant moment) {
        if (!once.mayRun("retention")) {
            return 0;
        }
        List<Long> expired = meetings.closedBefore(moment);
        for (long id : expired) {
            meetings.deleteMeeting(id);
            events.publishEvent(new MeetingEvents.MeetingDeleted(id));
        }
        return expired.size();
    }

    @Transactional
    public void reopen(long meetingId, String owner) {
        Meeting meeting = lockOwned(meetingId, owner);
        if (!meeting.isOpen()) {
            meetings.setStatus(meetingId, MeetingStatus.OPEN, null);
            events.publishEvent(new MeetingStatusChanged(meetingId, MeetingStatus.OPEN));
        }
    }

    private DrawnCard drawNew(Meeting meeting, String theme) {
        List<Card> pool = pool(meeting, theme);
        Set<String> used = new HashSet<>(meetings.drawnCardKeys(meeting.id(), meeting.drawRound()));
        List<Card> remaining = new ArrayList<>(
                pool.stream().filter(card -> !used.contains(key(card))).toList());
        if (remaining.isEmpty()) {
            throw theme == null
                    ? new UserFacingException("draw.error.exhausted")
                    : new UserFacingException("draw.error.theme-exhausted", theme);
        }
        Card card = remaining.get(random.nextInt(remaining.size()));
        long drawId = meetings.insertDraw(meeting.id(), meeting.drawRound(), card, clock.instant());
        return makeCurrent(meeting, meetings.findDraw(drawId).orElseThrow());
    }

    private DrawnCard makeCurrent(Meeting meeting, DrawnCard card) {
        meetings.setCurrentDraw(meeting.id(), card.id());
        events.publishEvent(new CurrentCardChanged(meeting.id(), card.id()));
        return card;
    }

    private Optional<DrawnCard> current(Meeting meeting) {
        return Optional.ofNullable(meeting.currentDrawId()).flatMap(meetings::findDraw);
    }

    private List<Card> pool(Meeting meeting, String theme) {
        List<Card> all = decksOf(meeting).stream()
                .flatMap(deck -> deck.cards().stream())
                .filter(card -> theme == null || card.theme().equals(theme))
                .toList();
        if (theme != null) {
            return all;
        }
        // "Volgende kaart" leaves warm-ups and closing cards to the moment the facilitator picks their
        // theme, unless the meeting has nothing else.
        List<Card> everyday = all.stream()
                .filter(card -> !onRequestThemes.contains(card.theme()))
                .toList();
        return everyday.isEmpty() ? all : everyday;
    }

    private List<Deck> decksOf(Meeting meeting) {
        return meeting.deckIds().stream()
                .flatMap(id -> catalog.deck(id).stream())
                .toList();
    }

    private Meeting lockOwned(long meetingId, String owner) {
        return meetings.lockMeeting(meetingId)
                .filter(meeting -> meeting.owner().equals(owner))
                .orElseThrow(() -> new UserFacingException("meeting.error.not-found"));
    }

    private Meeting lockOpen(long meetingId, String owner) {
        Meeting meeting = lockOwned(meetingId, owner);
        if (!meeting.isOpen()) {
            throw new UserFacingException("meeting.error.closed");
        }
        return meeting;
    }

    private static String key(Card card) {
        return card.deckId() + "/" + card.id();
    }
}
