package nl.buurtkaarten.live;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * Stops a connection that sends frames faster than any hall screen, remote or integration needs: per
 * connection a token bucket of {@code max-burst} frames that fills up again at {@code
 * max-frames-per-second}. The first frame over the limit is refused with an ERROR frame ({@value
 * LiveErrors#TOO_MANY_FRAMES}) and the connection is closed ({@link LiveErrors}, {@link LiveSessions});
 * frames of that connection that still arrive are dropped unread. Other connections and Vaadin's push
 * are not touched.
 *
 * <p>Every frame counts (CONNECT, SUBSCRIBE, SEND, ...), and it counts before the security rules: a flood
 * of subscriptions costs no read-token look-ups. Hence the order, before Spring Security's interceptors.
 * Except a STOMP heart-beat (a lone end of line) at a heart-beat's pace: at most one a second is free, so that
 * a remote that has just used its burst is not cut for keeping its connection alive. Heart-beats faster than
 * that count like any frame: a stream of them is a flood too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LiveFloodLimit implements ChannelInterceptor, WebSocketMessageBrokerConfigurer {

    /** How far apart heart-beats must be to be free; clients send them every 5 s or slower. */
    static final Duration FREE_HEART_BEATS = Duration.ofSeconds(1);

    private final int burst;
    private final int perSecond;
    private final TimeMeter clock;
    /**
     * Per connection. A bucket untouched for a while is full again, so forgetting it changes nothing; a cut
     * connection is kept as long, so that frames still on their way after the close are dropped.
     */
    private final Cache<String, Allowance> connections;

    @Autowired
    LiveFloodLimit(LiveProperties properties) {
        this(properties, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With a clock of the test's own. */
    LiveFloodLimit(LiveProperties properties, TimeMeter clock) {
        this.burst = properties.maxBurst();
        this.perSecond = properties.maxFramesPerSecond();
        this.clock = clock;
        Duration full = Duration.ofMillis(1000L * burst / perSecond + 1000);
        this.connections = Caffeine.newBuilder()
                .expireAfterAccess(full.compareTo(Duration.ofMinutes(1)) > 0 ? full : Duration.ofMinutes(1))
                .maximumSize(100_000)
                .build();
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(this);
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        String session = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        if (session == null) {
            return message;
        }
        Allowance allowance = connections.get(session, any -> new Allowance(burst, perSecond, clock));
        boolean heartBeat =
                SimpMessageType.HEARTBEAT.equals(SimpMessageHeaderAccessor.getMessageType(message.getHeaders()));
        return switch (allowance.take(heartBeat)) {
            case PASS -> message;
            case CUT -> throw new TooManyFrames(message, burst, perSecond);
            case DROP -> null;
        };
    }

    private enum Outcome {
        PASS,
        CUT,
        DROP
    }

    /** One connection's frames: what it may still send, when its last free heart-beat was, whether it was cut off. */
    private static final class Allowance {
        private final Bucket bucket;
        private final TimeMeter clock;
        private long lastFreeHeartBeat;
        private boolean cut;

        Allowance(int burst, int perSecond, TimeMeter clock) {
            this.clock = clock;
            this.bucket = Bucket.builder()
                    .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                    .withCustomTimePrecision(clock)
                    .build();
            this.lastFreeHeartBeat = clock.currentTimeNanos() - FREE_HEART_BEATS.toNanos();
        }

        synchronized Outcome take(boolean heartBeat) {
            if (cut) {
                return Outcome.DROP;
            }
            long now = clock.currentTimeNanos();
            if (heartBeat && now - lastFreeHeartBeat >= FREE_HEART_BEATS.toNanos()) {
                lastFreeHeartBeat = now;
                return Outcome.PASS;
            }
            if (bucket.tryConsume(1)) {
                return Outcome.PASS;
            }
            cut = true;
            return Outcome.CUT;
        }
    }

    /** A connection sent more frames than the limit allows; {@link LiveErrors} makes it an ERROR frame. */
    static final class TooManyFrames extends MessageDeliveryException {
        TooManyFrames(Message<?> message, int burst, int perSecond) {
            super(
                    message,
                    "Too many frames from this connection (more than " + burst + " at once, or " + perSecond
                            + " per second)");
        }
    }
}
