package nl.buurtkaarten.live;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * Keeps a command's reply with the connection that sent the command. Spring sends a reply meant for one
 * connection ({@code @SendToUser(broadcast = false)}) to all of the same account's connections once
 * that one has closed: a command still being carried out when its connection was cut (a flood, a page
 * closed) would then answer on the facilitator's other screens. Such a reply is dropped instead.
 */
@Component
class OwnRepliesOnly implements ChannelInterceptor, WebSocketMessageBrokerConfigurer {

    private static final String USER_PREFIX = "/user/";

    private final LiveSessions sessions;

    OwnRepliesOnly(LiveSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.configureBrokerChannel().interceptors(this);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.wrap(message);
        String destination = headers.getDestination();
        String session = headers.getSessionId();
        if (destination != null
                && destination.startsWith(USER_PREFIX)
                && session != null
                && !sessions.isOpen(session)) {
            return null;
        }
        return message;
    }
}
