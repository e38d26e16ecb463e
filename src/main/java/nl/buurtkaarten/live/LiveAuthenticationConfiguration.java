package nl.buurtkaarten.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * Puts {@link LiveAuthentications} ahead of Spring Security's message interceptors (which
 * {@code @EnableWebSocketSecurity} registers at {@code HIGHEST_PRECEDENCE + 100}), so that a connection
 * authenticated by an API token is authorized as that account from its CONNECT frame on.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE + 99)
class LiveAuthenticationConfiguration implements WebSocketMessageBrokerConfigurer {

    private final LiveAuthentications authentications;

    LiveAuthenticationConfiguration(LiveAuthentications authentications) {
        this.authentications = authentications;
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(authentications);
    }
}
