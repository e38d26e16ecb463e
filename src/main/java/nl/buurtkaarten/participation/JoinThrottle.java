package nl.buurtkaarten.participation;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import nl.buurtkaarten.base.AcrossNodes;
import nl.buurtkaarten.base.AttemptLimiter;
import nl.buurtkaarten.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of join codes: after too many wrong codes from one client (default 10 in 10
 * minutes) that client is asked to wait. Kept in memory, for at most 10,000 clients: a restart
 * forgets, which is fine for a measure against guessing. On several app nodes every node hears of every
 * wrong code ({@link WrongCode}, {@link AcrossNodes}), so spreading the guesses over the nodes gains nothing.
 */
@Component
public class JoinThrottle {

    private static final int MAX_CLIENTS = 10_000;

    private final AttemptLimiter limiter;
    private final ApplicationEventPublisher events;
    /** Tells this node's wrong codes from those heard from the other nodes. */
    private final String id = UUID.randomUUID().toString();

    /** A wrong join code from this client on some app node. */
    record WrongCode(String client, String throttle) implements AcrossNodes {}

    JoinThrottle(
            Clock clock,
            @Value("${buurtkaarten.join.max-failures:10}") int maxFailures,
            @Value("${buurtkaarten.join.failure-window-minutes:10}") int windowMinutes,
            ApplicationEventPublisher events) {
        this.limiter = new AttemptLimiter(clock, maxFailures, Duration.ofMinutes(windowMinutes), MAX_CLIENTS);
        this.events = events;
    }

    /** Refuses when this client typed too many wrong codes lately. */
    public void check(String client) {
        if (limiter.isBlocked(client)) {
            throw new UserFacingException("join.error.too-many-attempts");
        }
    }

    public void failed(String client) {
        limiter.failed(client);
        events.publishEvent(new WrongCode(client, id));
    }

    @EventListener
    void failedOnAnotherNode(WrongCode wrong) {
        if (!id.equals(wrong.throttle())) {
            limiter.failed(wrong.client());
        }
    }

    /** How many clients are remembered now (bounded). */
    long clients() {
        return limiter.size();
    }
}
