package nl.buurtkaarten;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import nl.buurtkaarten.participation.ui.JoinView;
import nl.buurtkaarten.participation.ui.ParticipantView;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Server push runs over a WebSocket; client-to-server messages use plain HTTP requests
 * (WEBSOCKET_XHR) so that a click can set the participant's HttpOnly cookie on its response.
 * <p>
 * The production build makes a frontend bundle of the app's own: a phone gets the components of
 * the parents' pages with its first load; those of every other page come when that page is first
 * opened (see the decision note "A bundle of our own"). The development build ignores this and
 * keeps Vaadin's prebuilt bundle.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@LoadDependenciesOnStartup({JoinView.class, ParticipantView.class})
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1, viewport-fit=cover");
        settings.addMetaTag("theme-color", "#1f5f5b");
        // Without an icon of its own every browser asks for /favicon.ico on every page load and gets a 404.
        settings.addFavIcon("icon", "icons/buurtkaarten.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
