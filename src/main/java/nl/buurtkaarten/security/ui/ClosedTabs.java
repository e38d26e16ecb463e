package nl.buurtkaarten.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.buurtkaarten.security.Sessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a parent closes the last tab of the app on their phone (the browser tells Vaadin, which
 * closes that page's UI), the phone's session ends a few seconds later instead of waiting for its
 * eight hours: in a hall of 250 phones the server would otherwise hold every departed phone's
 * session all evening. Nothing is lost: the phone's cookies bring the parent back as themselves,
 * in their language and mode, whenever they open the link again. A facilitator's session is never
 * ended this way. The pause lets a page that is reloading (its old UI closes just before the new
 * one opens) keep its session.
 */
@Component
class ClosedTabs implements VaadinServiceInitListener, AutoCloseable {

    private final Duration grace;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "closed-tabs");
        thread.setDaemon(true);
        return thread;
    });

    ClosedTabs(@Value("${buurtkaarten.session.end-after-last-tab:5s}") Duration grace) {
        this.grace = grace;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addDetachListener(detach -> {
                if (ui.isClosing()) {
                    closed(ui.getSession());
                }
            });
        });
    }

    private void closed(VaadinSession session) {
        if (session == null
                || session.getSession() == null
                || Sessions.isSignedIn(session.getSession())
                || anyOpen(session)) {
            return;
        }
        try {
            later.schedule(
                    () -> session.access(() -> {
                        WrappedSession wrapped = session.getSession();
                        if (wrapped != null && !Sessions.isSignedIn(wrapped) && !anyOpen(session)) {
                            wrapped.invalidate();
                        }
                    }),
                    grace.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // The app is stopping: every session ends anyway.
        }
    }

    private static boolean anyOpen(VaadinSession session) {
        return session.getUIs().stream().anyMatch(ui -> !ui.isClosing());
    }

    @Override
    public void close() {
        later.shutdownNow();
    }
}
