package nl.buurtkaarten.live;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Arrays;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ends a live connection with the HTTP session it was signed in with (signed out, expired, or dropped
 * after "sign out everywhere"), with an ERROR frame that says so ({@link LiveAuthentications}).
 *
 * <p>Tomcat closes such a connection by itself too, without a STOMP ERROR frame (a bare WebSocket
 * close, 1008), from a session listener of its own. Tomcat tells session listeners of a session's end
 * in the reverse order of their registration, so this listener is registered last, once the context
 * has started: it goes first, and the client learns why.
 */
@Configuration(proxyBeanMethods = false)
class LiveSessionEnd {

    @Bean
    TomcatContextCustomizer liveConnectionsEndWithTheirSession(LiveAuthentications authentications) {
        HttpSessionListener listener = new HttpSessionListener() {
            @Override
            public void sessionDestroyed(HttpSessionEvent event) {
                authentications.httpSessionEnded(event.getSession().getId());
            }
        };
        return context -> context.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
                Object[] before = context.getApplicationLifecycleListeners();
                Object[] after = Arrays.copyOf(before, before.length + 1);
                after[before.length] = listener;
                context.setApplicationLifecycleListeners(after);
            }
        });
    }
}
