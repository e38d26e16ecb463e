package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.unit.DataSize;

/**
 * The flood limit and heart-beats, on a clock of the test's own: a heart-beat at a heart-beat's pace is free (a
 * remote that has just used its burst is not cut for keeping its connection alive), a stream of them is a flood.
 */
class LiveFloodLimitTest {

    /** 3 frames at once, then 1 per second. */
    private final LiveProperties properties =
            new LiveProperties(List.of(), DataSize.ofKilobytes(4), 3, 1, Duration.ofSeconds(10));

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
    private final LiveFloodLimit limit = new LiveFloodLimit(properties, new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    });

    @Test
    void aHeartBeatAfterTheWholeBurstIsNotAFlood() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.preSend(send(), null)).as("frame " + i).isNotNull();
        }
        assertThat(limit.preSend(heartBeat(), null))
                .as("a heart-beat with the burst used")
                .isNotNull();

        later(Duration.ofSeconds(1));
        assertThat(limit.preSend(heartBeat(), null))
                .as("the next heart-beat, a second later")
                .isNotNull();
        assertThat(limit.preSend(send(), null))
                .as("the second's one frame: the heart-beats took nothing")
                .isNotNull();
        assertThatThrownBy(() -> limit.preSend(send(), null)).isInstanceOf(LiveFloodLimit.TooManyFrames.class);
    }

    @Test
    void aStreamOfHeartBeatsIsAFloodLikeAnyOther() {
        assertThat(limit.preSend(heartBeat(), null)).as("the free one").isNotNull();
        for (int i = 0; i < 3; i++) {
            assertThat(limit.preSend(heartBeat(), null))
                    .as("heart-beat " + i + " from the burst")
                    .isNotNull();
        }
        assertThatThrownBy(() -> limit.preSend(heartBeat(), null)).isInstanceOf(LiveFloodLimit.TooManyFrames.class);
        later(Duration.ofSeconds(5));
        assertThat(limit.preSend(heartBeat(), null))
                .as("after the cut, whatever still comes is dropped")
                .isNull();
    }

    private void later(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static Message<byte[]> send() {
        StompHeaderAccessor headers = StompHeaderAccessor.create(StompCommand.SEND);
        headers.setDestination("/app/meetings/1/next");
        headers.setSessionId("remote");
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }

    private static Message<byte[]> heartBeat() {
        StompHeaderAccessor headers = StompHeaderAccessor.createForHeartbeat();
        headers.setSessionId("remote");
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }
}
