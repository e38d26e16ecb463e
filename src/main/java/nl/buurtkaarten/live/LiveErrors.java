package nl.buurtkaarten.live;

import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompConversionException;
import org.springframework.messaging.simp.stomp.StompEncoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * The ERROR frame a client gets for a frame that is refused, too large or not STOMP, or one frame too
 * many: a short, stable {@code message} header ({@value #DENIED}, {@value #BAD_FRAME}, {@value
 * #TOO_MANY_FRAMES}) instead of the server's exception text, and the connection is closed after it
 * ({@link LiveSessions}).
 */
final class LiveErrors extends StompSubProtocolErrorHandler {

    private final LiveSessions sessions;
    private final StompEncoder encoder = new StompEncoder();

    LiveErrors(LiveSessions sessions) {
        this.sessions = sessions;
    }

    static final String DENIED = "denied";
    static final String BAD_FRAME = "bad-frame";
    static final String TOO_MANY_FRAMES = "too-many-frames";

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable failure) {
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(messageOf(failure));
        error.setLeaveMutable(true);
        if (clientMessage != null) {
            StompHeaderAccessor received = StompHeaderAccessor.wrap(clientMessage);
            if (received.getReceipt() != null) {
                error.setReceiptId(received.getReceipt());
            }
        }
        String session =
                clientMessage == null ? null : SimpMessageHeaderAccessor.getSessionId(clientMessage.getHeaders());
        if (sessions.refuse(session, encoder.encode(error.getMessageHeaders(), new byte[0]))) {
            return null;
        }
        // A frame that could not be read has no session header: Spring sends this ERROR frame and closes.
        return MessageBuilder.createMessage(new byte[0], error.getMessageHeaders());
    }

    private static String messageOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LiveFloodLimit.TooManyFrames) {
                return TOO_MANY_FRAMES;
            }
            if (cause instanceof AccessDeniedException) {
                return DENIED;
            }
            if (cause instanceof StompConversionException) {
                return BAD_FRAME;
            }
        }
        return BAD_FRAME;
    }
}
