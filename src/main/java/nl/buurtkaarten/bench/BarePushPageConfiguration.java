package nl.buurtkaarten.bench;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link BarePushPage} at {@code bench/bare}, and only when
 * {@code buurtkaarten.bare-push-page=true}: without the setting there is no such route, no bean
 * and nothing that answers over HTTP. Never set it on a real evening.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "buurtkaarten.bare-push-page", havingValue = "true")
class BarePushPageConfiguration {

    static final String ROUTE = "bench/bare";

    @Bean
    BareRooms bareRooms() {
        return new BareRooms();
    }

    @Bean
    VaadinServiceInitListener barePushPageRoute() {
        return event -> RouteConfiguration.forApplicationScope().setRoute(ROUTE, BarePushPage.class);
    }
}
