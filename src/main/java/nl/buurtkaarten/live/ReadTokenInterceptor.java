package nl.buurtkaarten.live;

import java.util.Map;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Keeps the read token a client sent in its CONNECT frame ({@value #HEADER} header) with its
 * connection, so that each SUBSCRIBE need not repeat it. Checked per subscription, against the
 * meeting subscribed to ({@link LiveSecurityConfiguration}).
 */
@Component
class ReadTokenInterceptor implements ChannelInterceptor {

    static final String HEADER = "read-token";
    private static final String ATTRIBUTE = ReadTokenInterceptor.class.getName();

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp != null && StompCommand.CONNECT.equals(stomp.getCommand())) {
            String token = stomp.getFirstNativeHeader(HEADER);
            Map<String, Object> attributes = stomp.getSessionAttributes();
            if (token != null && attributes != null) {
                attributes.put(ATTRIBUTE, token);
            }
        }
        return message;
    }

    /** The token of this SUBSCRIBE frame, else the one of the connection's CONNECT frame; null without. */
    static String tokenOf(Message<?> message) {
        StompHeaderAccessor stomp = StompHeaderAccessor.wrap(message);
        String own = stomp.getFirstNativeHeader(HEADER);
        if (own != null) {
            return own;
        }
        Map<String, Object> attributes = stomp.getSessionAttributes();
        return attributes == null ? null : (String) attributes.get(ATTRIBUTE);
    }
}
