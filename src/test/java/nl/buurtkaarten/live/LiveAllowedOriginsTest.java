package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.WebSocketHttpHeaders;

/** A page on another address may use the live API only when the setting names it. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "buurtkaarten.live.allowed-origins=https://zaal.example.org, https://scherm.example.org")
@ActiveProfiles("test")
class LiveAllowedOriginsTest {

    @LocalServerPort
    int port;

    @Test
    void aNamedPageMayConnectAndAnotherMayNot() throws Exception {
        try (LiveClient hallScreen = LiveClient.connect(port, from("https://scherm.example.org"), new StompHeaders())) {
            assertThat(hallScreen.session.isConnected()).isTrue();
        }
        assertThatThrownBy(() ->
                        LiveClient.connect(port, from("https://zaal.example.org.evil.example"), new StompHeaders()))
                .isInstanceOf(ExecutionException.class);
    }

    private static WebSocketHttpHeaders from(String origin) {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setOrigin(origin);
        return headers;
    }
}
