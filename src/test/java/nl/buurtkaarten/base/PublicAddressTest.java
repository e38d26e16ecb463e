package nl.buurtkaarten.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The address on the projector that phones use: the one the operator configured, or else the one
 * the facilitator's browser used, with {@code localhost} swapped for this machine's address in the
 * local network (a phone cannot reach the laptop's {@code localhost}).
 */
class PublicAddressTest {

    private static PublicAddress configured(String publicUrl) {
        return new PublicAddress(new BuurtkaartenProperties(null, publicUrl));
    }

    private static final PublicAddress NOT_CONFIGURED = configured(null);

    @Test
    void aConfiguredAddressIsUsedWhateverTheBrowserUsed() {
        PublicAddress address = configured("https://buurt.example.nl");
        assertThat(address.isConfigured()).isTrue();
        assertThat(address.baseUrl("http", "localhost", 8080)).isEqualTo("https://buurt.example.nl");
        assertThat(address.baseUrl("https", "evil.example", 443)).isEqualTo("https://buurt.example.nl");
        assertThat(address.joinUrl(address.baseUrl("http", "127.0.0.1", 8080), "K7QM4RX2P"))
                .isEqualTo("https://buurt.example.nl/join/K7QM4RX2P");
    }

    @Test
    void aTrailingSlashInTheConfiguredAddressGivesNoDoubleSlashInTheJoinAddress() {
        PublicAddress address = configured("http://192.168.1.20:8080/");
        assertThat(address.joinUrl(address.baseUrl("http", "localhost", 8080), "K7QM4RX2P"))
                .isEqualTo("http://192.168.1.20:8080/join/K7QM4RX2P");
    }

    @Test
    void anEmptyOrBlankConfiguredAddressMeansWorkItOutFromTheBrowser() {
        for (String empty : new String[] {null, "", "   "}) {
            PublicAddress address = configured(empty);
            assertThat(address.isConfigured()).as("'%s'", empty).isFalse();
            assertThat(address.baseUrl("http", "buurthuis.local", 8080))
                    .as("'%s'", empty)
                    .isEqualTo("http://buurthuis.local:8080");
        }
    }

    @Test
    void theBrowsersOwnHostAndPortAreKeptWhenPhonesCanReachThem() {
        assertThat(NOT_CONFIGURED.baseUrl("http", "192.168.1.20", 8080)).isEqualTo("http://192.168.1.20:8080");
        assertThat(NOT_CONFIGURED.baseUrl("http", "buurthuis.local", 8080)).isEqualTo("http://buurthuis.local:8080");
        assertThat(NOT_CONFIGURED.baseUrl("https", "buurt.example.nl", 8443))
                .isEqualTo("https://buurt.example.nl:8443");
    }

    @Test
    void theDefaultPortOfTheSchemeIsLeftOutOthersAreKept() {
        assertThat(NOT_CONFIGURED.baseUrl("http", "buurt.example.nl", 80)).isEqualTo("http://buurt.example.nl");
        assertThat(NOT_CONFIGURED.baseUrl("https", "buurt.example.nl", 443)).isEqualTo("https://buurt.example.nl");
        // The other scheme's default port is not a default here: leaving it out would send phones to the wrong port.
        assertThat(NOT_CONFIGURED.baseUrl("http", "buurt.example.nl", 443)).isEqualTo("http://buurt.example.nl:443");
        assertThat(NOT_CONFIGURED.baseUrl("https", "buurt.example.nl", 80)).isEqualTo("https://buurt.example.nl:80");
    }

    @Test
    void anIpv6AddressKeepsItsBracketsSoThePortStaysSeparate() {
        String base = NOT_CONFIGURED.baseUrl("http", "[fd00::20]", 8080);
        assertThat(base).isEqualTo("http://[fd00::20]:8080");
        URI uri = URI.create(NOT_CONFIGURED.joinUrl(base, "K7QM4RX2P"));
        assertThat(uri.getHost()).isEqualTo("[fd00::20]");
        assertThat(uri.getPort()).isEqualTo(8080);
        assertThat(uri.getPath()).isEqualTo("/join/K7QM4RX2P");
    }

    @Test
    void everyFormOfThisMachinesOwnLoopbackCounts() {
        for (String loopback : List.of("localhost", "127.0.0.1", "127.1.2.3", "[::1]", "::1")) {
            assertThat(PublicAddress.isLoopback(loopback)).as(loopback).isTrue();
        }
        assertThat(PublicAddress.isLoopback(null)).isTrue();
        for (String reachable : List.of(
                "192.168.1.20",
                "10.0.0.2",
                "[fd00::20]",
                "buurthuis.local",
                "localhost.example.nl",
                "my-localhost",
                "1127.0.0.1")) {
            assertThat(PublicAddress.isLoopback(reachable)).as(reachable).isFalse();
        }
    }

    @Test
    void localhostIsReplacedByThisMachinesAddressInTheLocalNetworkWhenItHasOne() throws Exception {
        Set<String> lan = siteLocalAddresses();
        for (String loopback : List.of("localhost", "127.0.0.1", "[::1]")) {
            URI base = URI.create(NOT_CONFIGURED.baseUrl("http", loopback, 8080));
            assertThat(base.getScheme()).isEqualTo("http");
            assertThat(base.getPort()).isEqualTo(8080);
            if (lan.isEmpty()) {
                // Nothing better to offer: the address stays as it was, not something made up.
                assertThat(base.getHost()).as(loopback).isEqualTo(loopback);
            } else {
                assertThat(base.getHost()).as(loopback).isIn(lan);
            }
        }
    }

    /** The IPv4 addresses of this machine in a private network (192.168/16, 10/8, 172.16/12). */
    private static Set<String> siteLocalAddresses() throws Exception {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback() && !network.isVirtual();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && address.isSiteLocalAddress())
                .map(InetAddress::getHostAddress)
                .collect(Collectors.toSet());
    }
}
