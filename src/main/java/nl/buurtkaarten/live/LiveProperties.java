package nl.buurtkaarten.live;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the live API.
 *
 * @param allowedOrigins web pages on other addresses whose browsers may connect, e.g. {@code
 *     https://zaal.example.org}; the app's own address (and the configured public address) always may
 * @param maxFrame the largest STOMP frame a client may send; a larger one gets an ERROR frame and the
 *     connection is closed (commands are a few hundred bytes)
 * @param maxBurst how many frames a connection may send at once (subscribing, a few quick taps on a remote)
 * @param maxFramesPerSecond how many frames a connection may send per second after that; a faster one gets an
 *     ERROR frame and is closed ({@link LiveFloodLimit})
 * @param heartBeat STOMP heart-beats both ways ({@code heart-beat:10000,5000} in CONNECTED for 10 s): the server
 *     sends one when it has sent nothing else for this long (or the client's longer time), and closes a connection
 *     that agreed to send them and has sent nothing for three times its agreed time; a client that wants none gets
 *     none. 0 for none. Heart-beats do not count against the flood limit ({@link LiveFloodLimit})
 */
@ConfigurationProperties("buurtkaarten.live")
record LiveProperties(
        List<String> allowedOrigins,
        @DefaultValue("4KB") DataSize maxFrame,
        @DefaultValue("20") int maxBurst,
        @DefaultValue("5") int maxFramesPerSecond,
        @DefaultValue("10s") Duration heartBeat) {

    LiveProperties {
        allowedOrigins = allowedOrigins == null
                ? List.of()
                : allowedOrigins.stream()
                        .map(String::strip)
                        .filter(origin -> !origin.isEmpty())
                        .toList();
        if (maxBurst < 1 || maxFramesPerSecond < 1) {
            throw new IllegalArgumentException(
                    "buurtkaarten.live.max-burst and max-frames-per-second must be at least 1");
        }
        if (heartBeat.isNegative()) {
            throw new IllegalArgumentException("buurtkaarten.live.heart-beat must not be negative");
        }
    }
}
