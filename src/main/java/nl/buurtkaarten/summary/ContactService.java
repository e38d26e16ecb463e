package nl.buurtkaarten.summary;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.buurtkaarten.base.MeetingEvent;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.UserText;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.summary.internal.ConsentRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact details travel only by mutual consent: a parent shares their phone number or e-mail with
 * one matched parent, and each sees the other's detail only when both have agreed. Nobody else,
 * the facilitator included, ever sees them.
 */
@Service
public class ContactService {

    public static final int MAX_CONTACT = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{8,20}");

    private final ConsentRepository consents;
    private final ParticipationService participation;
    private final SummaryService summaries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactService(
            ConsentRepository consents,
            ParticipationService participation,
            SummaryService summaries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.consents = consents;
        this.participation = participation;
        this.summaries = summaries;
        this.events = events;
        this.clock = clock;
    }

    /** Someone agreed or stopped sharing with someone else: both phones look again. */
    public record ContactConsentChanged(long meetingId, long fromParticipantId, long toParticipantId)
            implements MeetingEvent {}

    @Transactional
    public void share(long meetingId, String token, long otherParticipantId, String contact) {
        Participant me = me(meetingId, token);
        requireMatched(meetingId, me.id(), otherParticipantId);
        consents.put(meetingId, me.id(), otherParticipantId, clean(contact), clock.instant());
        events.publishEvent(new ContactConsentChanged(meetingId, me.id(), otherParticipantId));
    }

    /**
     * Agrees to contact without giving a number or address (the low-literacy mode): the two parents
     * meet in person. Stored as consent with an empty detail; the other parent sees that this one
     * would like to talk in person, and only when both agreed, like any other detail.
     */
    @Transactional
    public void shareInPerson(long meetingId, String token, long otherParticipantId) {
        Participant me = me(meetingId, token);
        requireMatched(meetingId, me.id(), otherParticipantId);
        consents.put(meetingId, me.id(), otherParticipantId, IN_PERSON, clock.instant());
        events.publishEvent(new ContactConsentChanged(meetingId, me.id(), otherParticipantId));
    }

    /** The detail of a parent who agreed to contact but prefers to meet in person. */
    public static final String IN_PERSON = "";

    @Transactional
    public void stopSharing(long meetingId, String token, long otherParticipantId) {
        Participant me = me(meetingId, token);
        consents.remove(me.id(), otherParticipantId);
        events.publishEvent(new ContactConsentChanged(meetingId, me.id(), otherParticipantId));
    }

    /** What this parent shares with whom. */
    public Map<Long, String> mySharing(long meetingId, String token) {
        return consents.sharedBy(me(meetingId, token).id());
    }

    /** The other parent's detail, only when both have agreed to share with each other. */
    public Optional<String> mutualContact(long meetingId, String token, long otherParticipantId) {
        Participant me = me(meetingId, token);
        if (consents.contact(me.id(), otherParticipantId).isEmpty()) {
            return Optional.empty();
        }
        return consents.contact(otherParticipantId, me.id());
    }

    private Participant me(long meetingId, String token) {
        return participation
                .recognise(meetingId, token)
                .orElseThrow(() -> new UserFacingException("join.error.not-joined"));
    }

    private void requireMatched(long meetingId, long me, long other) {
        boolean matched = summaries.personal(meetingId, me).stream()
                .anyMatch(match -> match.otherThan(me).id() == other);
        if (!matched) {
            throw new UserFacingException("contact.error.not-matched");
        }
    }

    static String clean(String contact) {
        if (contact == null || !UserText.isVisible(contact)) {
            throw new UserFacingException("contact.error.empty");
        }
        String value = UserText.line(contact, "contact.error.empty");
        if (value.length() > MAX_CONTACT) {
            throw new UserFacingException("contact.error.too-long", MAX_CONTACT);
        }
        if (value.contains("@")) {
            if (!EMAIL.matcher(value).matches()) {
                throw new UserFacingException("contact.error.email");
            }
            return value;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(value).matches() || digits < 8 || digits > 15) {
            throw new UserFacingException("contact.error.phone");
        }
        return value;
    }
}
