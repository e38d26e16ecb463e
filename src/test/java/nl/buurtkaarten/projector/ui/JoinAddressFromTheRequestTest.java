package nl.buurtkaarten.projector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import nl.buurtkaarten.base.PublicAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.ActiveProfiles;

/**
 * The join address on the projector when no public address is configured: worked out from how the
 * facilitator's browser reached the app. Real requests to the real Tomcat, which reads the Host header
 * and, from a trusted proxy (here the test itself, on 127.0.0.1), X-Forwarded-Proto; a test-only
 * filter answers with what {@link FacilitatedMeeting#baseUrl} makes of that request. The hosts are
 * not loopback, so they are used as they are.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class JoinAddressFromTheRequestTest {

    private static final String PATH = "/test-join-address";

    @LocalServerPort
    int port;

    @Test
    void theHostAndPortTheBrowserUsedAreTheJoinAddress() throws IOException {
        assertThat(joinAddressFor("192.168.1.20:8080", null)).isEqualTo("http://192.168.1.20:8080");
        assertThat(joinAddressFor("buurthuis.local:9000", null)).isEqualTo("http://buurthuis.local:9000");
    }

    @Test
    void withoutAPortInTheHostTheSchemesDefaultPortIsMeant() throws IOException {
        assertThat(joinAddressFor("buurt.example.nl", null)).isEqualTo("http://buurt.example.nl");
        assertThat(joinAddressFor("buurt.example.nl:80", null)).isEqualTo("http://buurt.example.nl");
    }

    @Test
    void behindATlsProxyTheAddressIsHttpsWithoutAPort() throws IOException {
        assertThat(joinAddressFor("buurt.example.nl", "https")).isEqualTo("https://buurt.example.nl");
        assertThat(joinAddressFor("buurt.example.nl:443", "https")).isEqualTo("https://buurt.example.nl");
    }

    @Test
    void aTlsProxyOnAnotherPortSaysSoInXForwardedPort() throws IOException {
        assertThat(joinAddressFor("buurt.example.nl:8443", "https\r\nX-Forwarded-Port: 8443"))
                .isEqualTo("https://buurt.example.nl:8443");
        // Without it Tomcat takes the scheme's port (443), as the README says.
        assertThat(joinAddressFor("buurt.example.nl:8443", "https")).isEqualTo("https://buurt.example.nl");
    }

    @Test
    void aProxysSchemeInCapitalsOrAsAListStillGivesAWorkingHttpsAddress() throws IOException {
        assertThat(joinAddressFor("buurt.example.nl", "HTTPS")).isEqualTo("https://buurt.example.nl");
        // Two TLS proxies in a row, each adding its scheme.
        assertThat(joinAddressFor("buurt.example.nl", "https, https")).isEqualTo("https://buurt.example.nl");
    }

    @Test
    void aSchemeOtherThanHttpOrHttpsNeverReachesTheProjector() throws IOException {
        assertThat(joinAddressFor("buurt.example.nl", "javascript")).isEqualTo("http://buurt.example.nl");
    }

    @Test
    void anIpv6HostKeepsItsBracketsWithAndWithoutAPort() throws IOException {
        assertThat(joinAddressFor("[fd00::20]:8080", null)).isEqualTo("http://[fd00::20]:8080");
        assertThat(joinAddressFor("[fd00::20]", null)).isEqualTo("http://[fd00::20]");
    }

    @Test
    void withoutARequestTheAppsOwnDefaultAddressIsUsed(@Autowired PublicAddress address) {
        CurrentInstance.clearAll();
        assertThat(FacilitatedMeeting.baseUrl(address)).startsWith("http://").endsWith(":8080");
    }

    /** Sends a request as a browser (or a proxy in front of it) would, and gives the join address the app worked out. */
    private String joinAddressFor(String host, String forwardedProto) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + PATH + " HTTP/1.1\r\nHost: " + host + "\r\n"
                            + (forwardedProto == null ? "" : "X-Forwarded-Proto: " + forwardedProto + "\r\n")
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).as("response for Host %s", host).startsWith("HTTP/1.1 200");
            return response.substring(response.indexOf("\r\n\r\n") + 4).strip();
        }
    }

    @TestConfiguration
    static class AnswersWithTheJoinAddress {

        @Bean
        FilterRegistrationBean<Filter> joinAddressProbe(PublicAddress address) {
            Filter filter = (request, response, chain) -> {
                var http = (HttpServletRequest) request;
                if (!PATH.equals(http.getRequestURI())) {
                    chain.doFilter(request, response);
                    return;
                }
                CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(http, null));
                try {
                    response.setContentType("text/plain");
                    response.getWriter().write(FacilitatedMeeting.baseUrl(address));
                } finally {
                    CurrentInstance.clearAll();
                }
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
