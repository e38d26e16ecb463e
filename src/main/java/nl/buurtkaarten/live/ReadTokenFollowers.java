package nl.buurtkaarten.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.buurtkaarten.base.AcrossNodes;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompEncoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * The connections that follow a meeting by its read token, so that a new token ends them: making a new
 * read token revokes the old one (the control view says so), and a hall screen or an integration that
 * had the old one must stop seeing the meeting then, not only when it next connects. Such a connection
 * gets an ERROR frame ({@value LiveErrors#READ_TOKEN_REVOKED}) and is closed. A signed-in facilitator
 * following their own meeting without a token is not touched.
 */
@Component
class ReadTokenFollowers {

    /** The meeting's read token was replaced by a new one (heard on every app node). */
    record Renewed(long meetingId) implements AcrossNodes {}

    private final LiveSessions sessions;
    private final Map<String, Set<Long>> meetingsByConnection = new ConcurrentHashMap<>();
    private final StompEncoder encoder = new StompEncoder();

    ReadTokenFollowers(LiveSessions sessions) {
        this.sessions = sessions;
    }

    /** This connection may follow this meeting by its read token. */
    void admitted(String connection, long meetingId) {
        if (connection != null) {
            meetingsByConnection
                    .computeIfAbsent(connection, id -> ConcurrentHashMap.newKeySet())
                    .add(meetingId);
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        meetingsByConnection.remove(event.getSessionId());
    }

    /** After the new token is committed, so that a client that reconnects at once with the old one is refused. */
    @TransactionalEventListener(fallbackExecution = true)
    void renewed(Renewed renewed) {
        meetingsByConnection.forEach((connection, meetings) -> {
            if (meetings.contains(renewed.meetingId()) && meetingsByConnection.remove(connection, meetings)) {
                StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
                error.setMessage(LiveErrors.READ_TOKEN_REVOKED);
                sessions.refuse(connection, encoder.encode(error.getMessageHeaders(), new byte[0]));
            }
        });
    }
}
