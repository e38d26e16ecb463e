package nl.buurtkaarten.projector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The join address on the projector is built from the facilitator's Host header (see
 * {@link FacilitatedMeeting#baseUrl}), which reads the port as a number and the rest as a host name.
 * A Host header that is no host and port never gets that far: the server refuses the request.
 * Same context as the sign-in test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class HostileHostHeaderTest {

    @LocalServerPort
    int port;

    @Test
    void aHostHeaderThatIsNoHostAndPortIsRefusedBeforeTheApp() throws IOException {
        for (String host : new String[] {
            "buurt.example.nl:abc",
            "evil.example/phish?x=",
            "evil.example:8080/join",
            "a b",
            "evil.example\"><script>",
            "[fd00::20",
            "buurt.example.nl:80:80"
        }) {
            assertThat(statusFor("Host: " + host + "\r\n")).as(host).isEqualTo(400);
        }
        assertThat(statusFor("Host: buurt.example.nl\r\nHost: evil.example\r\n"))
                .as("two Host headers")
                .isEqualTo(400);
    }

    @Test
    void anOrdinaryHostHeaderIsServed() throws IOException {
        for (String host :
                new String[] {"buurt.example.nl", "192.168.1.20:8080", "[fd00::20]:8080", "localhost:" + port}) {
            assertThat(statusFor("Host: " + host + "\r\n")).as(host).isBetween(200, 399);
        }
    }

    /** Sends a bare request for the login page, as no browser would, and gives the status code of the answer. */
    private int statusFor(String hostHeaders) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /login HTTP/1.1\r\n" + hostHeaders + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                statusLine.append((char) c);
            }
            String[] parts = statusLine.toString().split(" ");
            assertThat(parts).as("status line '%s'", statusLine).hasSizeGreaterThanOrEqualTo(2);
            return Integer.parseInt(parts[1]);
        }
    }
}
