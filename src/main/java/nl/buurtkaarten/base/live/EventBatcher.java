package nl.buurtkaarten.base.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.buurtkaarten.base.MeetingEvent;

/**
 * Gathers events into batches, at most one batch per window. The first event after a quiet
 * spell is passed on at once (no added delay for a single draw or answer); what arrives while a
 * window is running waits for the window to end and is passed on together, in arrival order.
 */
final class EventBatcher {

    private final long windowNanos;
    private final ScheduledExecutorService scheduler;
    private final Consumer<List<MeetingEvent>> sink;
    private final List<MeetingEvent> pending = new ArrayList<>();
    private long lastFlush = System.nanoTime() - Long.MAX_VALUE / 4;
    private boolean scheduled;

    EventBatcher(Duration window, ScheduledExecutorService scheduler, Consumer<List<MeetingEvent>> sink) {
        this.windowNanos = window.toNanos();
        this.scheduler = scheduler;
        this.sink = sink;
    }

    void offer(MeetingEvent event) {
        long wait;
        synchronized (this) {
            pending.add(event);
            if (scheduled) {
                return;
            }
            wait = lastFlush + windowNanos - System.nanoTime();
            if (wait > 0) {
                scheduled = true;
            }
        }
        if (wait > 0) {
            scheduler.schedule(this::flush, wait, TimeUnit.NANOSECONDS);
        } else {
            flush();
        }
    }

    private void flush() {
        List<MeetingEvent> batch;
        synchronized (this) {
            scheduled = false;
            lastFlush = System.nanoTime();
            if (pending.isEmpty()) {
                return;
            }
            batch = List.copyOf(pending);
            pending.clear();
        }
        sink.accept(batch);
    }
}
