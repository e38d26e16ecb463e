package nl.buurtkaarten.base.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nl.buurtkaarten.base.MeetingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One live picture per followed meeting. Committed events of a meeting are gathered in batches (the
 * first event after a quiet spell at once, then at most one batch per window); per batch the picture
 * is built once, reading again only the parts the events made out of date, and handed to every
 * follower of the meeting. However many screens follow a meeting, a batch costs the same few
 * queries; what a screen then draws is its own business ({@code base.ui.Screens} for Vaadin).
 *
 * <p>Pictures are built on one thread, so that followers see them in the order of the events.
 * Nothing here knows Vaadin: the live API and other machines can follow the same pictures.
 */
@Component
public class MeetingPictures implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MeetingPictures.class);

    private final ObjectProvider<PicturePart<?>> partBeans;
    private volatile List<PicturePart<?>> parts;
    private final Duration window;
    private final Map<Long, Live> live = new ConcurrentHashMap<>();
    /**
     * One count for all meetings, so that a picture is always newer than any picture before it; kept at or above
     * the clock in microseconds, so that a client that moves to another app node (several nodes, one database)
     * does not take that node's pictures for older ones than it has.
     */
    private final AtomicLong versions = new AtomicLong();

    private final ScheduledExecutorService batching =
            Executors.newSingleThreadScheduledExecutor(daemon("meeting-batching"));
    private final ExecutorService building = Executors.newSingleThreadExecutor(daemon("meeting-pictures"));

    MeetingPictures(
            ObjectProvider<PicturePart<?>> partBeans, @Value("${buurtkaarten.live.window:250ms}") Duration window) {
        this.partBeans = partBeans;
        this.window = window;
    }

    /**
     * Follows a meeting: the follower gets every new picture, on the building thread (hand the work
     * on quickly). Run the returned handle to stop.
     */
    public Runnable follow(long meetingId, Consumer<MeetingPicture> follower) {
        Live meeting = live.compute(meetingId, (id, existing) -> {
            Live entry = existing == null ? new Live(id) : existing;
            entry.followers.add(follower);
            return entry;
        });
        return () -> live.computeIfPresent(meetingId, (id, entry) -> {
            entry.followers.remove(follower);
            return entry.followers.isEmpty() && entry == meeting ? null : entry;
        });
    }

    /** The meeting's picture as it is now: the one its followers have, or one read at once. */
    public MeetingPicture current(long meetingId) {
        Live entry = live.get(meetingId);
        if (entry == null) {
            return build(meetingId, null, List.of());
        }
        synchronized (entry) {
            if (entry.picture == null) {
                entry.picture = build(meetingId, null, List.of());
            }
            return entry.picture;
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommitted(MeetingEvent event) {
        Live entry = live.get(event.meetingId());
        if (entry != null) {
            entry.batcher.offer(event);
        }
    }

    /**
     * Every followed meeting's picture read afresh, as when it is first followed: for when events may have been
     * missed (another app node could not be heard for a while).
     */
    void readAllAgain() {
        for (Live entry : live.values()) {
            building.execute(() -> {
                synchronized (entry) {
                    entry.picture = null;
                }
                rebuild(entry, List.of());
            });
        }
    }

    private void rebuild(Live entry, List<MeetingEvent> events) {
        MeetingPicture next;
        synchronized (entry) {
            if (entry.followers.isEmpty()) {
                return;
            }
            try {
                next = build(entry.meetingId, entry.picture, events);
            } catch (RuntimeException e) {
                // Read everything again next time rather than show a half-updated picture.
                log.warn("Could not build the live picture of meeting {}", entry.meetingId, e);
                entry.picture = null;
                return;
            }
            entry.picture = next;
        }
        for (Consumer<MeetingPicture> follower : entry.followers) {
            try {
                follower.accept(next);
            } catch (RuntimeException e) {
                log.warn("A follower of meeting {} failed on picture {}", entry.meetingId, next.version(), e);
            }
        }
    }

    private MeetingPicture build(long meetingId, MeetingPicture before, List<MeetingEvent> events) {
        long now = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
        long version = versions.updateAndGet(last -> Math.max(last + 1, now));
        Map<Class<?>, Object> values = new HashMap<>();
        Set<Class<?>> changed = new HashSet<>();
        PicturePart.Building building = new PicturePart.Building() {
            @Override
            public <P> P part(Class<P> type) {
                Object value = values.get(type);
                if (value == null) {
                    throw new IllegalStateException(
                            type.getSimpleName() + " is not read before the part that needs it");
                }
                return type.cast(value);
            }

            @Override
            public boolean hasChanged(Class<?> type) {
                return changed.contains(type);
            }
        };
        for (PicturePart<?> part : parts()) {
            Object old = before == null ? null : before.find(part.type()).orElse(null);
            Object value = old == null || part.isStale(events, building) ? part.read(meetingId, building) : old;
            values.put(part.type(), value);
            if (!Objects.equals(old, value)) {
                changed.add(part.type());
            }
        }
        return new MeetingPicture(meetingId, version, values, changed);
    }

    private List<PicturePart<?>> parts() {
        List<PicturePart<?>> known = parts;
        if (known == null) {
            known = partBeans.orderedStream().toList();
            parts = known;
        }
        return known;
    }

    @Override
    public void close() {
        batching.shutdownNow();
        building.shutdownNow();
    }

    /** A followed meeting: its followers, its batches and its latest picture. */
    private final class Live {
        final long meetingId;
        final List<Consumer<MeetingPicture>> followers = new CopyOnWriteArrayList<>();
        final EventBatcher batcher;
        MeetingPicture picture;

        Live(long meetingId) {
            this.meetingId = meetingId;
            this.batcher = new EventBatcher(window, batching, events -> building.execute(() -> rebuild(this, events)));
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
