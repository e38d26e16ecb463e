package nl.buurtkaarten.participation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.buurtkaarten.base.SecretTokens;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.UserText;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.ParticipationEvents.AnswerEdited;
import nl.buurtkaarten.participation.ParticipationEvents.AnswerGiven;
import nl.buurtkaarten.participation.ParticipationEvents.AnswerHidden;
import nl.buurtkaarten.participation.ParticipationEvents.AnswerWithdrawn;
import nl.buurtkaarten.participation.ParticipationEvents.ParticipantJoined;
import nl.buurtkaarten.participation.internal.ParticipationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joining a meeting and answering its cards. A parent is identified by their secret token on every
 * call; answers can be given, edited and withdrawn only while their card is the current one.
 */
@Service
public class ParticipationService {

    public static final int MAX_NICKNAME = 30;
    public static final int MAX_ANSWER = 500;
    public static final int MAX_ANSWERS_PER_CARD = 10;
    private static final int MAX_PICTURE_NAME_NUMBER = 999;
    private static final int MAX_FOLLOW_UPS = 20;

    private final ParticipationRepository repository;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;
    private final SecureRandom random;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ParticipationService(
            ParticipationRepository repository,
            MeetingService meetings,
            ApplicationEventPublisher events,
            SecureRandom random,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.meetings = meetings;
        this.events = events;
        this.random = random;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Joins an open meeting under a nickname that nobody else in that meeting uses. */
    @Transactional
    public Joined join(long meetingId, String nickname) {
        return joinAs(meetingId, nickname);
    }

    /**
     * Joins under a name chosen by tapping a picture (the low-literacy mode): the picture's word, or
     * the word with the first free number after it ("Zon 2") when someone took it already. Each try
     * is a transaction of its own, so a name taken in the same instant by another phone only moves
     * this one to the next number.
     */
    public Joined joinWithFirstFreeName(long meetingId, String word) {
        for (int number = 1; number <= MAX_PICTURE_NAME_NUMBER; number++) {
            String name = number == 1 ? word : word + " " + number;
            try {
                return transactions.execute(status -> joinAs(meetingId, name));
            } catch (UserFacingException refusal) {
                if (!refusal.messageKey().equals("join.error.nickname-taken")
                        && !refusal.messageKey().equals("join.error.nickname-looks-alike")) {
                    throw refusal;
                }
            }
        }
        throw new UserFacingException("join.error.nickname-taken", word);
    }

    private Joined joinAs(long meetingId, String nickname) {
        Meeting meeting =
                meetings.find(meetingId).orElseThrow(() -> new UserFacingException("join.error.unknown-code"));
        if (!meeting.isOpen()) {
            throw new UserFacingException("join.error.closed");
        }
        if (meeting.locked()) {
            throw new UserFacingException("join.error.locked");
        }
        String name = cleanNickname(nickname);
        String key = UserText.skeleton(name);
        Optional<String> taken = repository.nicknameWithKey(meetingId, key);
        if (taken.isPresent()) {
            throw taken.get().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                    ? new UserFacingException("join.error.nickname-taken", name)
                    : new UserFacingException("join.error.nickname-looks-alike", name, taken.get());
        }
        String token = SecretTokens.generate(random);
        long id;
        try {
            id = repository.insertParticipant(meetingId, name, key, SecretTokens.hash(token), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("join.error.nickname-taken", name);
        }
        events.publishEvent(new ParticipantJoined(meetingId, id));
        return new Joined(new Participant(id, meetingId, name, clock.instant()), token);
    }

    /**
     * The participant a token belongs to in this meeting: the token's own participant, or the copy
     * that a follow-up of their meeting made of them. A token gives nothing in any other meeting.
     */
    public Optional<Participant> recognise(long meetingId, String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        Optional<Participant> found = repository.findByTokenHash(SecretTokens.hash(token));
        for (int step = 0; found.isPresent() && found.get().meetingId() != meetingId && step < MAX_FOLLOW_UPS; step++) {
            found = repository.findCarriedFrom(found.get().id());
        }
        return found.filter(participant -> participant.meetingId() == meetingId);
    }

    /**
     * The parent a browser stands for in this meeting, from the tokens it holds: its token for this meeting first, then
     * in turn its tokens for other meetings, since the phone of a follow-up meeting still holds the token of the meeting
     * before. Empty when none of them stands for a parent here.
     *
     * @param token the token the browser keeps for this meeting; null when it keeps none
     * @param otherTokens the tokens it keeps for other meetings, in the order to try them
     */
    public Optional<Recognised> recognise(long meetingId, String token, List<String> otherTokens) {
        Optional<Participant> own = recognise(meetingId, token);
        if (own.isPresent()) {
            return Optional.of(new Recognised(own.get(), token, false));
        }
        for (String earlier : otherTokens) {
            Optional<Participant> found = recognise(meetingId, earlier);
            if (found.isPresent()) {
                return Optional.of(new Recognised(found.get(), earlier, true));
            }
        }
        return Optional.empty();
    }

    /**
     * Brings the parents of an earlier meeting into its follow-up under the same nicknames. Each
     * copy gets a token nobody holds; parents are recognised through their earlier token.
     *
     * @return the new participant id for each earlier one
     */
    @Transactional
    public Map<Long, Long> carryOver(long previousMeetingId, long followUpMeetingId) {
        Map<Long, Long> ids = new HashMap<>();
        for (Participant original : repository.participants(previousMeetingId)) {
            String unusable = SecretTokens.hash(SecretTokens.generate(random));
            long id = repository.insertCarriedOver(
                    followUpMeetingId, original, UserText.skeleton(original.nickname()), unusable, clock.instant());
            ids.put(original.id(), id);
        }
        return ids;
    }

    /**
     * A parent deletes everything of theirs: nickname, answers, offers, requests and shared
     * contact details, in this meeting and in any follow-up that carried them over.
     */
    @Transactional
    public void forget(long meetingId, String token) {
        Participant parent =
                recognise(meetingId, token).orElseThrow(() -> new UserFacingException("join.error.not-joined"));
        Optional<Participant> original = repository.findByTokenHash(SecretTokens.hash(token));
        Optional<Participant> next = original;
        for (int step = 0; next.isPresent() && step <= MAX_FOLLOW_UPS; step++) {
            Participant current = next.get();
            next = repository.findCarriedFrom(current.id());
            repository.deleteParticipant(current.id());
            events.publishEvent(new ParticipationEvents.ParticipantLeft(current.meetingId(), current.id()));
        }
        if (original.isEmpty()) {
            repository.deleteParticipant(parent.id());
            events.publishEvent(new ParticipationEvents.ParticipantLeft(meetingId, parent.id()));
        }
    }

    /** The facilitator takes a parent out of the meeting, with everything they filled in. */
    @Transactional
    public void remove(long meetingId, String owner, long participantId) {
        meetings.ownedBy(meetingId, owner);
        Participant parent = repository.participants(meetingId).stream()
                .filter(p -> p.id() == participantId)
                .findFirst()
                .orElseThrow(() -> new UserFacingException("participant.error.not-found"));
        repository.deleteParticipant(parent.id());
        events.publishEvent(new ParticipationEvents.ParticipantLeft(meetingId, parent.id()));
    }

    public List<Participant> participants(long meetingId) {
        return repository.participants(meetingId);
    }

    /** Adds a text answer to the card the parent sees, if it is still the current card. */
    @Transactional
    public Answer answer(String token, long drawId, String text, boolean showName) {
        DrawnCard card = drawn(drawId);
        Participant participant = participantAt(card, token);
        requireCurrent(participant, card);
        String clean = cleanAnswer(text);
        long own = repository.answersOf(participant.id(), drawId).stream()
                .filter(answer -> !answer.isReaction())
                .count();
        if (own >= MAX_ANSWERS_PER_CARD) {
            throw new UserFacingException("answer.error.too-many", MAX_ANSWERS_PER_CARD);
        }
        long id = repository.insertAnswer(participant.id(), drawId, clean, null, showName, clock.instant());
        events.publishEvent(new AnswerGiven(participant.meetingId(), drawId, id, participant.id()));
        return repository.findAnswer(id).orElseThrow();
    }

    /**
     * Sets, changes or (with null) removes the picture the parent tapped for the current card: a
     * reaction to a statement, or in the low-literacy mode an answer to any card, from the card's own choices.
     */
    @Transactional
    public void react(String token, long drawId, PictureChoice reaction, boolean showName) {
        DrawnCard card = drawn(drawId);
        Participant participant = participantAt(card, token);
        requireCurrent(participant, card);
        if (reaction != null && !card.choices().contains(reaction)) {
            throw new UserFacingException("answer.error.no-reaction");
        }
        Optional<Answer> existing = repository.answersOf(participant.id(), drawId).stream()
                .filter(Answer::isReaction)
                .findFirst();
        if (existing.isPresent() && reaction == null) {
            repository.deleteAnswer(existing.get().id());
            events.publishEvent(new AnswerWithdrawn(
                    participant.meetingId(), drawId, existing.get().id(), participant.id()));
        } else if (existing.isPresent()) {
            repository.updateAnswer(existing.get().id(), null, reaction, showName, clock.instant());
            events.publishEvent(new AnswerEdited(
                    participant.meetingId(), drawId, existing.get().id(), participant.id()));
        } else if (reaction != null) {
            long id = repository.insertAnswer(participant.id(), drawId, null, reaction, showName, clock.instant());
            events.publishEvent(new AnswerGiven(participant.meetingId(), drawId, id, participant.id()));
        }
    }

    @Transactional
    public void edit(String token, long answerId, String text, boolean showName) {
        Answer answer = ownAnswerOnCurrentCard(token, answerId);
        if (answer.isReaction()) {
            throw new UserFacingException("answer.error.not-found");
        }
        repository.updateAnswer(answerId, cleanAnswer(text), null, showName, clock.instant());
        events.publishEvent(new AnswerEdited(meetingOf(answer), answer.drawId(), answerId, answer.participantId()));
    }

    @Transactional
    public void withdraw(String token, long answerId) {
        Answer answer = ownAnswerOnCurrentCard(token, answerId);
        repository.deleteAnswer(answerId);
        events.publishEvent(new AnswerWithdrawn(meetingOf(answer), answer.drawId(), answerId, answer.participantId()));
    }

    /** The parent's own answers to a card, including any the facilitator hid. */
    public List<Answer> ownAnswers(String token, long drawId) {
        Participant participant = participantAt(drawId, token);
        return repository.answersOf(participant.id(), drawId);
    }

    /** Answers to a card as the projector may show them: without the hidden ones. */
    public List<Answer> visibleAnswers(long drawId) {
        return repository.answersTo(drawId).stream()
                .filter(answer -> !answer.hidden())
                .toList();
    }

    /**
     * Every answer to a card, hidden ones too, for the meeting's live picture ({@link AnswersNow});
     * screens take from it what their user may see.
     */
    public List<Answer> answersTo(long drawId) {
        return repository.answersTo(drawId);
    }

    /** Every answer to a card, for the facilitator who owns the meeting. */
    public List<Answer> allAnswers(long meetingId, String owner, long drawId) {
        meetings.ownedBy(meetingId, owner);
        return repository.answersTo(drawId).stream()
                .filter(answer -> meetings.drawnCard(answer.drawId())
                                .map(DrawnCard::meetingId)
                                .orElse(-1L)
                        == meetingId)
                .toList();
    }

    /** The facilitator takes an answer off every screen at once, or puts it back. */
    @Transactional
    public void setHidden(long meetingId, String owner, long answerId, boolean hidden) {
        meetings.ownedBy(meetingId, owner);
        Answer answer = repository
                .findAnswer(answerId)
                .filter(found -> meetingOf(found) == meetingId)
                .orElseThrow(() -> new UserFacingException("answer.error.not-found"));
        repository.setHidden(answerId, hidden);
        events.publishEvent(new AnswerHidden(meetingId, answer.drawId(), answerId, answer.participantId(), hidden));
    }

    /**
     * The parent a token stands for in the meeting of this draw: in a follow-up meeting that is the
     * copy carried over from the meeting the token was made in, not the original.
     */
    private Participant participantAt(long drawId, String token) {
        return participantAt(drawn(drawId), token);
    }

    private Participant participantAt(DrawnCard card, String token) {
        return recognise(card.meetingId(), token).orElseThrow(() -> new UserFacingException("join.error.not-joined"));
    }

    private DrawnCard drawn(long drawId) {
        return meetings.drawnCard(drawId).orElseThrow(() -> new UserFacingException("answer.error.card-changed"));
    }

    /** The card (read once by the caller) must be the meeting's current card, and the meeting open. */
    private void requireCurrent(Participant participant, DrawnCard card) {
        Meeting meeting = meetings.find(participant.meetingId()).orElseThrow();
        if (!meeting.isOpen()) {
            throw new UserFacingException("meeting.error.closed");
        }
        if (meeting.currentDrawId() == null || meeting.currentDrawId() != card.id()) {
            throw new UserFacingException("answer.error.card-changed");
        }
    }

    private Answer ownAnswerOnCurrentCard(String token, long answerId) {
        Answer found =
                repository.findAnswer(answerId).orElseThrow(() -> new UserFacingException("answer.error.not-found"));
        DrawnCard card = drawn(found.drawId());
        Participant participant = participantAt(card, token);
        Answer answer = Optional.of(found)
                .filter(own -> own.participantId() == participant.id())
                .orElseThrow(() -> new UserFacingException("answer.error.not-found"));
        requireCurrent(participant, card);
        return answer;
    }

    private long meetingOf(Answer answer) {
        return meetings.drawnCard(answer.drawId()).orElseThrow().meetingId();
    }

    static String cleanNickname(String nickname) {
        if (nickname == null || nickname.isBlank()) {
            throw new UserFacingException("join.error.nickname-empty");
        }
        if (nickname.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new UserFacingException("join.error.nickname-invalid");
        }
        String name = UserText.line(nickname, "join.error.nickname-invisible");
        if (UserText.length(name) > MAX_NICKNAME) {
            throw new UserFacingException("join.error.nickname-too-long", MAX_NICKNAME);
        }
        return name;
    }

    static String cleanAnswer(String text) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("answer.error.empty");
        }
        String clean = UserText.text(text, "answer.error.invisible");
        if (UserText.length(clean) > MAX_ANSWER) {
            throw new UserFacingException("answer.error.too-long", MAX_ANSWER);
        }
        return clean;
    }
}
