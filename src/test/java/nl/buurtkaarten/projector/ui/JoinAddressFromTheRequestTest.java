package nl.buurtkaarten.projector.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.base.PublicAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The join address on the projector when no public address is configured: worked out from how the
 * facilitator's browser reached the app (its Host header, and the scheme Tomcat or the proxy reports).
 * The hosts here are not loopback, so they are used as they are.
 */
class JoinAddressFromTheRequestTest {

    private final PublicAddress notConfigured = new PublicAddress(new BuurtkaartenProperties(null, null));

    @AfterEach
    void noRequest() {
        CurrentInstance.clearAll();
    }

    private static void request(String host, boolean secure, String forwardedProto) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader("Host")).thenReturn(host);
        when(request.isSecure()).thenReturn(secure);
        when(request.getHeader("X-Forwarded-Proto")).thenReturn(forwardedProto);
        CurrentInstance.set(VaadinRequest.class, request);
    }

    @Test
    void theHostAndPortTheBrowserUsedAreTheJoinAddress() {
        request("192.168.1.20:8080", false, null);
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("http://192.168.1.20:8080");
        request("buurthuis.local:9000", false, null);
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("http://buurthuis.local:9000");
    }

    @Test
    void withoutAPortInTheHostTheSchemesDefaultPortIsMeant() {
        request("buurt.example.nl", false, null);
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("http://buurt.example.nl");
        request("buurt.example.nl", true, null);
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("https://buurt.example.nl");
    }

    @Test
    void behindATlsProxyTheAddressIsHttpsWithoutAPort() {
        // A trusted proxy: Tomcat has already marked the request secure from X-Forwarded-Proto.
        request("buurt.example.nl", true, "https");
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("https://buurt.example.nl");
        request("buurt.example.nl:8443", true, "https");
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("https://buurt.example.nl:8443");
    }

    @Test
    void aProxysSchemeInCapitalsOrAsAListStillGivesAWorkingHttpsAddress() {
        // Tomcat itself reads the header case-insensitively and marks the request secure.
        request("buurt.example.nl", true, "HTTPS");
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("https://buurt.example.nl");
        // Two TLS proxies in a row, each adding its scheme.
        request("buurt.example.nl", true, "https, https");
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("https://buurt.example.nl");
    }

    @Test
    void aSchemeOtherThanHttpOrHttpsNeverReachesTheProjector() {
        request("buurt.example.nl", false, "javascript");
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("http://buurt.example.nl");
    }

    @Test
    void aForwardedSchemeFromAnUntrustedSenderIsIgnored() {
        // Tomcat did not mark the request secure: the header did not come from a trusted proxy.
        request("buurt.example.nl", false, "https");
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("http://buurt.example.nl");
    }

    @Test
    void anIpv6HostKeepsItsBracketsWithAndWithoutAPort() {
        request("[fd00::20]:8080", false, null);
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("http://[fd00::20]:8080");
        request("[fd00::20]", false, null);
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).isEqualTo("http://[fd00::20]");
    }

    @Test
    void withoutAHostHeaderOrARequestTheAppsOwnDefaultAddressIsUsed() {
        request(null, false, null);
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).startsWith("http://").endsWith(":8080");
        request("  ", false, null);
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).startsWith("http://").endsWith(":8080");
        CurrentInstance.clearAll();
        assertThat(FacilitatedMeeting.baseUrl(notConfigured)).startsWith("http://").endsWith(":8080");
    }

    @Test
    void aConfiguredAddressWinsOverAnyHostHeader() {
        PublicAddress configured = new PublicAddress(new BuurtkaartenProperties(null, "https://buurt.example.nl/"));
        request("evil.example:8080", false, "http");
        assertThat(FacilitatedMeeting.baseUrl(configured)).isEqualTo("https://buurt.example.nl");
    }
}
