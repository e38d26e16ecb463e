package nl.buurtkaarten.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.buurtkaarten.base.SecretTokens;
import nl.buurtkaarten.live.internal.ReadTokenRepository;
import nl.buurtkaarten.meeting.MeetingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read token of a meeting's live API: 256 random bits that let a screen or an integration follow
 * what the projector shows, without an account. The facilitator makes one on the control view and
 * sees it once; only its hash is stored, like a parent's token. Making a new one revokes the old one.
 * Not the join code: a parent's phone never learns it.
 */
@Service
public class LiveReadTokens {

    private final ReadTokenRepository tokens;
    private final MeetingService meetings;
    private final SecureRandom random;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LiveReadTokens(
            ReadTokenRepository tokens,
            MeetingService meetings,
            SecureRandom random,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.tokens = tokens;
        this.meetings = meetings;
        this.random = random;
        this.clock = clock;
    }

    /** Makes a new token for the facilitator's own meeting, in place of the one before; returns it in full, once. */
    @Transactional
    public String renew(long meetingId, String owner) {
        meetings.ownedBy(meetingId, owner);
        String token = SecretTokens.generate(random);
        tokens.replace(meetingId, SecretTokens.hash(token), clock.instant());
        // Whoever follows with the old token stops (ReadTokenFollowers).
        events.publishEvent(new ReadTokenFollowers.Renewed(meetingId));
        return token;
    }

    /** When the meeting's current token was made; empty when it has none. */
    public Optional<Instant> issuedAt(long meetingId, String owner) {
        meetings.ownedBy(meetingId, owner);
        return tokens.createdAt(meetingId);
    }

    /** Whether this token lets its holder follow this meeting. */
    public boolean admits(long meetingId, String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return false;
        }
        byte[] presented = SecretTokens.hash(token).getBytes(StandardCharsets.US_ASCII);
        return tokens.hashOf(meetingId)
                .map(stored -> MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), presented))
                .orElse(false);
    }
}
