package nl.buurtkaarten.base.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
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
    void aBurstOfFiveHundredEventsInOneSecondComesOutInAFewBatchesWithNothingLostOrDoubled() {
        // ten groups of fifty answers, a tenth of a second apart, from another thread as from the phones
        ScheduledExecutorService phones = Executors.newSingleThreadScheduledExecutor();
        AtomicLong offered = new AtomicLong();
        long start = System.nanoTime();
        try {
            for (int group = 0; group < 10; group++) {
                int first = group * 50;
                phones.schedule(
                        () -> {
                            for (int i = first; i < first + 50; i++) {
                                batcher.offer(new Answered(1, i));
                            }
                            offered.set(System.nanoTime());
                        },
                        group * 100L,
                        TimeUnit.MILLISECONDS);
            }
            List<MeetingEvent> expected = IntStream.range(0, 500)
                    .mapToObj(i -> (MeetingEvent) new Answered(1, i))
                    .toList();
            // every event once, in order, and nothing more for a while after
            await().atMost(Duration.ofSeconds(3))
                    .during(Duration.ofMillis(400))
                    .until(() -> batches.stream().flatMap(List::stream).toList(), expected::equals);
        } finally {
            phones.shutdownNow();
        }
        long windows = TimeUnit.NANOSECONDS.toMillis(offered.get() - start) / 250 + 2;
        assertThat(batches.size())
                .as("batches for a burst over %d ms", TimeUnit.NANOSECONDS.toMillis(offered.get() - start))
                .isBetween(2, (int) windows);
        for (int i = 1; i < batchTimes.size(); i++) {
            assertThat(Duration.ofNanos(batchTimes.get(i) - batchTimes.get(i - 1)))
                    .as("time between batch %d and %d", i - 1, i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }
}
