package nl.buurtkaarten.participation;

import java.time.Clock;
import java.time.Duration;
import nl.buurtkaarten.base.AttemptLimiter;
import nl.buurtkaarten.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of join codes: after too many wrong codes from one client (default 10 in 10
 * minutes) that client is asked to wait. Kept in memory, for at most 10,000 clients: a restart
 * forgets, which is fine for a measure against guessing.
 */
@Component
public class JoinThrottle {

    private static final int MAX_CLIENTS = 10_000;

    private final AttemptLimiter limiter;

    JoinThrottle(
            Clock clock,
            @Value("${buurtkaarten.join.max-failures:10}") int maxFailures,
            @Value("${buurtkaarten.join.failure-window-minutes:10}") int windowMinutes) {
        this.limiter = new AttemptLimiter(clock, maxFailures, Duration.ofMinutes(windowMinutes), MAX_CLIENTS);
    }

    /** Refuses when this client typed too many wrong codes lately. */
    public void check(String client) {
        if (limiter.isBlocked(client)) {
            throw new UserFacingException("join.error.too-many-attempts");
        }
    }

    public void failed(String client) {
        limiter.failed(client);
    }

    /** How many clients are remembered now (bounded). */
    long clients() {
        return limiter.size();
    }
}
