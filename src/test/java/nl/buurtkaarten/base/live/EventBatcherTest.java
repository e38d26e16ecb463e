package nl.buurtkaarten.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.buurtkaarten.base.MeetingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventBatcherTest {

    record Answered(long meetingId, int number) implements MeetingEvent {}

    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final List<List<MeetingEvent>> batches = new CopyOnWriteArrayList<>();
    final List<Long> batchTimes = new CopyOnWriteArrayList<>();
    final EventBatcher batcher = new EventBatcher(Duration.ofMillis(250), scheduler, batch -> {
        batches.add(batch);
        batchTimes.add(System.nanoTime());
    });

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aSingleEventAfterAQuietSpellGoesOutAtOnce() {
        long start = System.nanoTime();
        batcher.offer(new Answered(1, 1));
        assertThat(batches).hasSize(1);
        assertThat(Duration.ofNanos(batchTimes.getFirst() - start)).isLessThan(Duration.ofMillis(50));
    }

    @Test
    void aBurstOfFiveHundredEventsInOneSecondComesOutInAFewBatchesWithNothingLostOrDoubled() throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            batcher.offer(new Answered(1, i));
            if (i % 50 == 49) {
                Thread.sleep(100);
            }
        }
        long offered = System.nanoTime();
        Thread.sleep(400);
        assertThat(batches.stream().flatMap(List::stream).toList())
                .as("every event once, in order")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 500).mapToObj(i -> new Answered(1, i)).toList());
        long windows = TimeUnit.NANOSECONDS.toMillis(offered - start) / 250 + 2;
        assertThat(batches.size()).as("batches for a burst over %d ms", TimeUnit.NANOSECONDS.toMillis(offered - start))
                .isBetween(2, (int) windows);
        for (int i = 1; i < batchTimes.size(); i++) {
            assertThat(Duration.ofNanos(batchTimes.get(i) - batchTimes.get(i - 1)))
                    .as("time between batch %d and %d", i - 1, i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }
}
