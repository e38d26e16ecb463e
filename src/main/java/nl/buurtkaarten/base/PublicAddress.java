package nl.buurtkaarten.base;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;
import org.springframework.stereotype.Component;

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
     * @param scheme, host, port how the facilitator's browser reached the app
     */
    public String baseUrl(String scheme, String host, int port) {
        if (configured != null) {
            return configured;
        }
        String reachableHost = isLoopback(host) ? localNetworkAddress().orElse(host) : host;
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + reachableHost + (defaultPort ? "" : ":" + port);
    }

    public String joinUrl(String baseUrl, String joinCode) {
        return baseUrl + "/join/" + joinCode;
    }

    public boolean isConfigured() {
        return configured != null;
    }

    static boolean isLoopback(String host) {
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
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
