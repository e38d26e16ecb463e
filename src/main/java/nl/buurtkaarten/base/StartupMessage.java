package nl.buurtkaarten.base;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to open it, every time it starts. */
@Component
class StartupMessage {

    private final PublicAddress address;

    StartupMessage(PublicAddress address) {
        this.address = address;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port =
                event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
                        ? web.getWebServer().getPort()
                        : 8080;
        String forPhones = address.baseUrl("http", "localhost", port);
        System.out.printf(
                "%nBuurtkaarten is running.%n"
                        + "  Facilitators: http://localhost:%d/ (sign in)%n"
                        + "  Parents join at: %s/join%s%n%n",
                port,
                forPhones,
                address.isConfigured()
                        ? ""
                        : "   (set BUURTKAARTEN_PUBLIC_URL if phones reach this machine under another address)");
    }
}
