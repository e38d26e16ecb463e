package nl.buurtkaarten.base.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.buurtkaarten.base.AcrossNodes;
import nl.buurtkaarten.base.DatabaseServer;
import nl.buurtkaarten.base.MeetingEvent;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meeting events across app nodes that share one PostgreSQL database (issue 14), through PostgreSQL's own
 * LISTEN/NOTIFY: every event a node publishes goes, inside the transaction that caused it, to a
 * {@code NOTIFY} (so PostgreSQL sends it only when the transaction commits, and never for one rolled back);
 * every node listens and hands the events of the other nodes to its {@link MeetingPictures}, which then
 * reads the meeting's picture from the shared database as it does for its own events. Other events that every
 * node must hear ({@link AcrossNodes}: sessions ended, tokens revoked, wrong passwords and join codes) are published again on
 * the receiving node, for its own listeners. An event carries ids and flags only, never what a parent wrote.
 *
 * <p>On H2 (one node, the default) this does nothing. When the listening connection is lost, the node
 * connects again and reads every followed meeting's picture afresh, since it may have missed events.
 */
@Component
class NodeRelay implements SmartLifecycle {

    static final String CHANNEL = "buurtkaarten_meeting_events";
    private static final Logger log = LoggerFactory.getLogger(NodeRelay.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final MeetingPictures pictures;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String node = UUID.randomUUID().toString();
    private final DatabaseServer database;
    private final ApplicationEventPublisher events;
    /** Set while this node publishes an event it heard from another, so that it is not sent back. */
    private final ThreadLocal<Boolean> relaying = new ThreadLocal<>();

    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection listening;
    private final CountDownLatch listeningSince = new CountDownLatch(1);

    NodeRelay(
            DataSource dataSource,
            DatabaseServer database,
            MeetingPictures pictures,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.database = database;
        this.events = events;
        this.jdbc = new JdbcTemplate(dataSource);
        this.pictures = pictures;
    }

    /** Inside the transaction that caused it, so that the other nodes hear of it only when it committed. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void publish(AcrossNodes event) {
        if (!database.isPostgresql() || relaying.get() != null) {
            return;
        }
        String payload = json.writeValueAsString(
                Map.of("node", node, "type", event.getClass().getName(), "event", json.valueToTree(event)));
        jdbc.query("select pg_notify(?, ?)", result -> null, CHANNEL, payload);
    }

    @Override
    public void start() {
        if (!database.isPostgresql()) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "meeting-events-from-other-nodes");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
        // Before the node takes requests: what the other nodes publish from then on, this one hears.
        try {
            if (!listeningSince.await(10, TimeUnit.SECONDS)) {
                log.warn("Not yet listening to the other app nodes after 10 s; going on, trying meanwhile");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
            closeQuietly(listening);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (which starts at {@code DEFAULT_PHASE - 1024}) and stopped after it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    private void listen() {
        boolean missedSome = false;
        long backoffMillis = 500;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listeningSince.countDown();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                if (missedSome) {
                    log.info("Listening to the other app nodes again; reading the followed meetings afresh");
                    pictures.readAllAgain();
                    missedSome = false;
                }
                backoffMillis = 500;
                while (running) {
                    PGNotification[] received = notifications.getNotifications(5_000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!missedSome) {
                    log.warn("Lost the connection that hears the other app nodes; trying again: {}", e.toString());
                }
                missedSome = true;
                try {
                    TimeUnit.MILLISECONDS.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 10_000);
            } finally {
                listening = null;
            }
        }
    }

    private void receive(String payload) {
        try {
            JsonNode message = json.readTree(payload);
            if (node.equals(message.get("node").asString())) {
                return;
            }
            Class<?> type = Class.forName(
                    message.get("type").asString(), false, getClass().getClassLoader());
            if (!type.isRecord()
                    || !AcrossNodes.class.isAssignableFrom(type)
                    || !type.getName().startsWith("nl.buurtkaarten.")) {
                log.warn("Ignored a message from another node that is no event for every node: {}", type.getName());
                return;
            }
            Object event = json.treeToValue(message.get("event"), type);
            if (event instanceof MeetingEvent meetingEvent) {
                pictures.onCommitted(meetingEvent);
            } else {
                relaying.set(Boolean.TRUE);
                try {
                    events.publishEvent(event);
                } finally {
                    relaying.remove();
                }
            }
        } catch (ClassNotFoundException | RuntimeException e) {
            // Another node on another version of the app may know events this one does not.
            log.warn("Ignored a message from another node that this node cannot read: {}", e.toString());
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // It is going away anyway.
            }
        }
    }
}
