package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.live.MeetingPictures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Brings a meeting's live pictures to the Vaadin pages that show it. Every page (UI) follows a
 * meeting once, however many of its parts draw from the picture: per new picture the page is
 * visited only if one of its parts shows something different ({@link Screen#shownOf}), and then
 * in one {@link UI#access}, so one push. Pages are drawn by a small pool of threads, not one after
 * another, the facilitators' screens ({@link Screen#drawnFirst}) ahead of the phones; a page that is
 * still being drawn when a newer picture arrives draws only the newest.
 */
@org.springframework.stereotype.Component
public class Screens implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Screens.class);

    private final MeetingPictures pictures;
    private final ExecutorService drawing;
    private final AtomicLong arrivals = new AtomicLong();
    private final Map<PageKey, Page> pages = new ConcurrentHashMap<>();

    Screens(MeetingPictures pictures, @Value("${buurtkaarten.live.drawing-threads:0}") int threads) {
        this.pictures = pictures;
        int count = threads > 0 ? threads : Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger number = new AtomicInteger();
        // Drawn in order of rank (facilitators' screens first), then of arrival.
        this.drawing = new ThreadPoolExecutor(
                count, count, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "screen-drawing-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Lets a part of a page follow a meeting while it is attached: it is drawn from the current
     * picture at once (the caller holds the UI's lock), then from every picture that changes what it
     * shows, until it is detached. Call from the UI thread; remove the returned registration to stop
     * earlier (a view that follows another meeting).
     */
    public Registration follow(Component owner, long meetingId, Screen screen) {
        Shown shown = new Shown(screen);
        shown.draw(pictures.current(meetingId));
        Registration attached = owner.addAttachListener(attach -> {
            join(attach.getUI(), meetingId, shown);
            // Whatever changed while the part was being built or was away from the page.
            MeetingPicture now = pictures.current(meetingId);
            if (shown.wants(now)) {
                shown.draw(now);
            }
        });
        Registration detached = owner.addDetachListener(detach -> leave(detach.getUI(), meetingId, shown));
        owner.getUI().ifPresent(ui -> join(ui, meetingId, shown));
        return () -> {
            attached.remove();
            detached.remove();
            owner.getUI().ifPresent(ui -> leave(ui, meetingId, shown));
        };
    }

    /**
     * Follows any other source of change (the card decks being read again) through the same pool:
     * while {@code owner} is attached, each signal runs {@code refresh} in its UI. {@code subscribe}
     * gets the signal and returns the handle that stops it.
     */
    public void whileAttached(Component owner, Function<Runnable, Runnable> subscribe, Consumer<UI> refresh) {
        AtomicReference<Runnable> stop = new AtomicReference<>();
        owner.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable previous =
                    stop.getAndSet(subscribe.apply(() -> draw(false, () -> access(ui, () -> refresh.accept(ui)))));
            if (previous != null) {
                previous.run();
            }
        });
        owner.addDetachListener(detach -> {
            Runnable handle = stop.getAndSet(null);
            if (handle != null) {
                handle.run();
            }
        });
    }

    private void join(UI ui, long meetingId, Shown shown) {
        pages.compute(new PageKey(ui, meetingId), (key, page) -> {
            Page current = page == null ? new Page(ui, meetingId) : page;
            if (!current.parts.contains(shown)) {
                current.parts.add(shown);
            }
            return current;
        });
    }

    private void leave(UI ui, long meetingId, Shown shown) {
        pages.computeIfPresent(new PageKey(ui, meetingId), (key, page) -> {
            page.parts.remove(shown);
            if (page.parts.isEmpty()) {
                page.stop.run();
                return null;
            }
            return page;
        });
    }

    private void draw(boolean first, Runnable drawing) {
        this.drawing.execute(new Drawing(first ? 0 : 1, arrivals.incrementAndGet(), drawing));
    }

    /** A page to draw, ranked: facilitators' screens (0) before phones (1), then in order of arrival. */
    private record Drawing(int rank, long arrival, Runnable work) implements Runnable, Comparable<Drawing> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Drawing other) {
            return rank != other.rank ? Integer.compare(rank, other.rank) : Long.compare(arrival, other.arrival);
        }
    }

    private static void access(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            // The page was closed meanwhile; its parts stop following when detached.
        }
    }

    @Override
    public void close() {
        drawing.shutdownNow();
    }

    private record PageKey(UI ui, long meetingId) {
        @Override
        public boolean equals(Object other) {
            return other instanceof PageKey key && key.ui == ui && key.meetingId == meetingId;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(ui) * 31 + Long.hashCode(meetingId);
        }
    }

    /** One page following one meeting. */
    private final class Page {
        final UI ui;
        final List<Shown> parts = new CopyOnWriteArrayList<>();
        final AtomicReference<MeetingPicture> waiting = new AtomicReference<>();
        final Runnable stop;

        Page(UI ui, long meetingId) {
            this.ui = ui;
            this.stop = pictures.follow(meetingId, this::offer);
        }

        /** On the building thread: decide cheaply whether this page must be drawn at all. */
        void offer(MeetingPicture picture) {
            boolean wanted = false;
            boolean first = false;
            for (Shown part : parts) {
                wanted |= part.wants(picture);
                first |= part.screen.drawnFirst();
            }
            if (wanted && waiting.getAndSet(picture) == null) {
                Screens.this.draw(first, this::draw);
            }
        }

        private void draw() {
            access(ui, () -> {
                MeetingPicture picture = waiting.getAndSet(null);
                if (picture == null) {
                    return;
                }
                for (Shown part : parts) {
                    try {
                        if (part.wants(picture)) {
                            part.draw(picture);
                        }
                    } catch (RuntimeException e) {
                        log.warn(
                                "A screen of meeting {} could not draw picture {}",
                                picture.meetingId(),
                                picture.version(),
                                e);
                    }
                }
            });
        }
    }

    /** A part and what it showed last. */
    private static final class Shown {
        final Screen screen;
        volatile Object shown;
        volatile long version = -1;

        Shown(Screen screen) {
            this.screen = screen;
        }

        boolean wants(MeetingPicture picture) {
            return picture.version() > version && !Objects.equals(screen.shownOf(picture), shown);
        }

        void draw(MeetingPicture picture) {
            screen.show(picture);
            shown = screen.shownOf(picture);
            version = picture.version();
        }
    }
}
