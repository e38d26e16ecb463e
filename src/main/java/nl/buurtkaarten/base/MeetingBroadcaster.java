package nl.buurtkaarten.base;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans committed meeting events out to whoever follows that meeting (projector, control view,
 * phones). Delivery runs on one background thread so that the request that caused the event is
 * not held up, and so that followers see events in the order they were committed.
 */
@Component
public class MeetingBroadcaster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MeetingBroadcaster.class);

    private final Map<Long, Set<Consumer<MeetingEvent>>> followers = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "meeting-broadcaster");
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledExecutorService batching = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "meeting-batching");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Follows one meeting with events delivered in batches, at most one batch per {@code window}:
     * the first event after a quiet spell goes out at once, events that arrive during the window
     * wait for its end and go out together. A screen that redraws once per batch is then pushed
     * at most once per window, however many parents answer in the same second.
     */
    public Runnable followBatched(long meetingId, Duration window, Consumer<List<MeetingEvent>> follower) {
        EventBatcher batcher = new EventBatcher(window, batching, follower);
        return follow(meetingId, batcher::offer);
    }

    /** Follows one meeting; run the returned handle to stop following. */
    public Runnable follow(long meetingId, Consumer<MeetingEvent> follower) {
        followers.computeIfAbsent(meetingId, id -> ConcurrentHashMap.newKeySet()).add(follower);
        return () -> followers.computeIfPresent(meetingId, (id, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommitted(MeetingEvent event) {
        Set<Consumer<MeetingEvent>> current = followers.get(event.meetingId());
        if (current == null) {
            return;
        }
        for (Consumer<MeetingEvent> follower : Set.copyOf(current)) {
            delivery.execute(() -> {
                try {
                    follower.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A follower of meeting {} failed on {}", event.meetingId(), event.getClass().getSimpleName(), e);
                }
            });
        }
    }

    @Override
    public void close() {
        delivery.shutdownNow();
        batching.shutdownNow();
    }
}
