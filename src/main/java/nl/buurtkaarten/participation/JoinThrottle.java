package nl.buurtkaarten.participation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.buurtkaarten.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of join codes: after too many wrong codes from one client (default 10 in 10
 * minutes) that client is asked to wait. Kept in memory: a restart forgets, which is fine for a
 * measure against guessing.
 */
@Component
public class JoinThrottle {

    private static final int MAX_CLIENTS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    JoinThrottle(Clock clock, @Value("${buurtkaarten.join.max-failures:10}") int maxFailures,
            @Value("${buurtkaarten.join.failure-window-minutes:10}") int windowMinutes) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    /** Refuses when this client typed too many wrong codes lately. */
    public void check(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() >= maxFailures) {
                throw new UserFacingException("join.error.too-many-attempts");
            }
        }
    }

    public void failed(String client) {
        if (failures.size() > MAX_CLIENTS) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue());
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }
}
