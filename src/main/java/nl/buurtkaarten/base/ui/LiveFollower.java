package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import nl.buurtkaarten.base.MeetingBroadcaster;
import nl.buurtkaarten.base.MeetingEvent;

/**
 * Lets a view follow one meeting while it is attached: events arrive in the view's UI through
 * {@link UI#access}, and following stops when the view is detached (tab closed, navigated away).
 */
public final class LiveFollower {

    private final MeetingBroadcaster broadcaster;
    private final Component owner;
    private final Consumer<List<MeetingEvent>> handler;
    private final Duration window;
    private Long meetingId;
    private Runnable stop;

    public LiveFollower(MeetingBroadcaster broadcaster, Component owner, Consumer<MeetingEvent> handler) {
        this(broadcaster, owner, null, events -> events.forEach(handler));
    }

    private LiveFollower(MeetingBroadcaster broadcaster, Component owner, Duration window, Consumer<List<MeetingEvent>> handler) {
        this.broadcaster = broadcaster;
        this.owner = owner;
        this.window = window;
        this.handler = handler;
        owner.addAttachListener(this::attached);
        owner.addDetachListener(this::detached);
    }

    /**
     * Like the constructor, but events come in batches, at most one batch (so one push to the
     * browser) per {@code window}. For screens that many parents write to at once: the projector
     * and the facilitator's control view.
     */
    public static LiveFollower batched(MeetingBroadcaster broadcaster, Component owner, Duration window,
            Consumer<List<MeetingEvent>> handler) {
        return new LiveFollower(broadcaster, owner, window, handler);
    }

    /** Starts (or switches to) following a meeting. */
    public void follow(long meetingId) {
        this.meetingId = meetingId;
        owner.getUI().ifPresent(this::subscribe);
    }

    private void attached(AttachEvent event) {
        if (meetingId != null) {
            subscribe(event.getUI());
        }
    }

    private void detached(DetachEvent event) {
        unsubscribe();
    }

    private void subscribe(UI ui) {
        unsubscribe();
        stop = window == null
                ? broadcaster.follow(meetingId, event -> ui.access(() -> handler.accept(List.of(event))))
                : broadcaster.followBatched(meetingId, window, events -> ui.access(() -> handler.accept(events)));
    }

    private void unsubscribe() {
        if (stop != null) {
            stop.run();
            stop = null;
        }
    }
}
