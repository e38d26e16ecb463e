package nl.buurtkaarten.live;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * The live API's connections, so that a refusal's ERROR frame always reaches the client before the
 * connection closes. Spring buffers a frame while another thread is still writing to the same
 * connection and drops that buffer when the connection closes: an ERROR frame right after CONNECTED
 * or a snapshot was then lost now and again, and the client saw only a closed connection. Here the
 * ERROR frame waits for the write under way, and the connection closes after it.
 */
@Component
class LiveSessions implements WebSocketHandlerDecoratorFactory {

    private final Map<String, Guarded> open = new ConcurrentHashMap<>();

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                Guarded guarded = new Guarded(session);
                open.put(session.getId(), guarded);
                super.afterConnectionEstablished(guarded);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                open.remove(session.getId());
                super.afterConnectionClosed(session, status);
            }
        };
    }

    /** Whether this connection is open (known and not yet closed). */
    boolean isOpen(String sessionId) {
        Guarded session = sessionId == null ? null : open.get(sessionId);
        return session != null && session.isOpen();
    }

    /** Sends this ERROR frame and closes the connection; false when the connection is not known (or gone). */
    boolean refuse(String sessionId, byte[] errorFrame) {
        Guarded session = sessionId == null ? null : open.get(sessionId);
        if (session == null) {
            return false;
        }
        session.refuse(errorFrame);
        return true;
    }

    /** One connection whose writes take turns. */
    private static final class Guarded extends WebSocketSessionDecorator {

        Guarded(WebSocketSession session) {
            super(session);
        }

        @Override
        public synchronized void sendMessage(WebSocketMessage<?> message) throws IOException {
            super.sendMessage(message);
        }

        synchronized void refuse(byte[] errorFrame) {
            try {
                if (isOpen()) {
                    super.sendMessage(new TextMessage(errorFrame));
                }
            } catch (IOException | RuntimeException gone) {
                // The client left already; the connection is closed below all the same.
            } finally {
                try {
                    close(CloseStatus.PROTOCOL_ERROR);
                } catch (IOException ignored) {
                    // Closed already.
                }
            }
        }
    }
}
