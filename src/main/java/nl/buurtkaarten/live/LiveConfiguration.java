package nl.buurtkaarten.live;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * STOMP over a plain WebSocket at {@value #ENDPOINT} (no SockJS), beside Vaadin's push at {@code
 * /VAADIN/push}, with Spring's simple in-memory broker: {@code /topic/meetings/{id}} for followers,
 * {@code /app/meetings/{id}/...} for commands, {@code /user/queue/replies} and {@code /user/queue/errors}
 * for the answers to one client's commands. The broker offers STOMP heart-beats both ways ({@code
 * buurtkaarten.live.heart-beat}, 10 s).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/live";

    private final LiveProperties properties;
    private final BuurtkaartenProperties app;
    private final ReadTokenInterceptor readTokens;
    private final LiveFollowers followers;
    private final LiveSessions sessions;
    private final TaskScheduler heartBeats;

    /**
     * @param heartBeats the scheduler Spring's WebSocket configuration already has (lazily: it is made by the
     *     configuration that reads this configurer)
     */
    LiveConfiguration(
            LiveProperties properties,
            BuurtkaartenProperties app,
            ReadTokenInterceptor readTokens,
            LiveFollowers followers,
            LiveSessions sessions,
            @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartBeats) {
        this.sessions = sessions;
        this.heartBeats = heartBeats;
        this.properties = properties;
        this.app = app;
        this.readTokens = readTokens;
        this.followers = followers;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // The browser's own page (same origin) always may; other pages only when named. Clients that are no
        // browser send no Origin header and are not stopped here: they have no facilitator's cookies to abuse.
        List<String> origins = new ArrayList<>(properties.allowedOrigins());
        if (app.publicUrl() != null) {
            origins.add(app.publicUrl());
        }
        // The HTTP session's id (never a new session, no attributes), so that the connection ends with the session.
        HttpSessionHandshakeInterceptor sessionId = new HttpSessionHandshakeInterceptor(List.of());
        sessionId.setCopyAllAttributes(false);
        sessionId.setCreateSession(false);
        registry.addEndpoint(ENDPOINT)
                .setAllowedOrigins(origins.toArray(String[]::new))
                .addInterceptors(sessionId);
        registry.setErrorHandler(new LiveErrors(sessions));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        long heartBeat = properties.heartBeat().toMillis();
        registry.enableSimpleBroker("/topic", "/queue")
                // CONNECTED says heart-beat:10000,5000. The broker sends a heart-beat when it has sent nothing for the
                // agreed time (10 s, or the client's longer one), and closes a connection that agreed to send them and
                // went silent for three times its time: a dropped Wi-Fi is noticed without waiting for TCP. It looks
                // every min(both) ms, so asking for them at half the time makes it look every 5 s: a heart-beat then
                // comes at most 15 s apart, within stompjs's tolerance of twice the agreed 10 s (with 10000,10000 the
                // gap could reach those 20 s). Clients send theirs every max(their own, 5 s): stompjs every 10 s.
                .setHeartbeatValue(new long[] {heartBeat, heartBeat / 2})
                .setTaskScheduler(heartBeats);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(readTokens, followers);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        // Below Tomcat's own 8 KB text buffer, so that an oversized frame meets this limit (an ERROR frame)
        // before the container's (a bare close).
        registration.setMessageSizeLimit((int) properties.maxFrame().toBytes());
        registration.setSendTimeLimit(10_000);
        registration.setSendBufferSizeLimit(512 * 1024);
        registration.addDecoratorFactory(sessions);
    }
}
