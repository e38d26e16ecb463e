package nl.buurtkaarten.base;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address phones use to reach the app. The facilitator's laptop often opens the app as
 * {@code localhost}, which a phone cannot reach: then, unless an address is configured, the
 * laptop's own address in the local network is used instead.
 */
@Component
public class PublicAddress {

    private final String configured;

    public PublicAddress(BuurtkaartenProperties properties) {
        this.configured = properties.publicUrl();
    }

    /**
     * @param reached how the facilitator's browser reached the app (scheme, host and port; no port when it is
     *        the scheme's default), e.g. {@code http://localhost:8080}
     */
    public String baseUrl(UriComponents reached) {
        if (configured != null) {
            return configured;
        }
        UriComponentsBuilder base = UriComponentsBuilder.newInstance()
                .scheme(reached.getScheme())
                .host(reached.getHost())
                .port(reached.getPort());
        if (isLoopback(reached.getHost())) {
            localNetworkAddress().ifPresent(base::host);
        }
        return base.build().toUriString();
    }

    /** The same for an address given in parts; the scheme's default port is left out. */
    public String baseUrl(String scheme, String host, int port) {
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return baseUrl(UriComponentsBuilder.newInstance()
                .scheme(scheme)
                .host(host)
                .port(defaultPort ? -1 : port)
                .build());
    }

    public String joinUrl(String baseUrl, String joinCode) {
        return baseUrl + "/join/" + joinCode;
    }

    public boolean isConfigured() {
        return configured != null;
    }

    static boolean isLoopback(String host) {
        return host == null
                || host.equals("localhost")
                || host.startsWith("127.")
                || host.equals("[::1]")
                || host.equals("::1");
    }

    private static Optional<String> localNetworkAddress() {
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback() || network.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        return Optional.of(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
