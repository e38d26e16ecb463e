package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import org.junit.jupiter.api.Test;

/**
 * Sixty parents answer in the same second: every answer is stored once, the projector shows the
 * newest, and it receives only a few pushes per second (counted as WebSocket frames in Chromium).
 */
class BurstIT extends BrowserTest {

    static final int PARENTS = 60;

    @Test
    void sixtyAnswersInOneSecondReachTheProjectorInAFewPushes() throws Exception {
        MeetingService meetings = app.bean(MeetingService.class);
        ParticipationService participation = app.bean(ParticipationService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Buurtavond", List.of("kennismaken"), "nl");
        DrawnCard card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        List<Joined> parents = IntStream.range(0, PARENTS)
                .mapToObj(i -> participation.join(meeting.id(), "Ouder " + i))
                .toList();

        Page projector = chromium.projector();
        List<Long> frames = new CopyOnWriteArrayList<>();
        projector.onWebSocket(socket -> socket.onFrameReceived(frame -> frames.add(System.nanoTime())));
        signIn(projector, "meeting/" + meeting.id() + "/projector");
        assertThat(projector.locator(".bk-participants-count")).hasText(PARENTS + " ouders doen mee");
        projector.waitForTimeout(1000);

        long start = System.nanoTime();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> sent = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(PARENTS)) {
            for (int i = 0; i < PARENTS; i++) {
                Joined parent = parents.get(i);
                String text = "Antwoord " + i;
                sent.add(pool.submit(() -> {
                    go.await();
                    return participation.answer(parent.token(), card.id(), text, false);
                }));
            }
            go.countDown();
            for (Future<Answer> answer : sent) {
                answer.get();
            }
        }
        long written = System.nanoTime();
        List<Answer> stored = participation.visibleAnswers(card.id());
        assertThat(stored)
                .extracting(Answer::text)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, PARENTS)
                        .mapToObj(i -> "Antwoord " + i)
                        .toList());
        String newest = stored.getLast().text();
        assertThat(projector.locator(".bk-answer-text").first()).hasText(newest);
        long shown = System.nanoTime();
        projector.waitForTimeout(1000);

        long pushes = frames.stream().filter(time -> time >= start).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "[measured] %d answers written in %.0f ms; the projector showed the newest after %.0f ms,"
                        + " receiving %d pushes in %.1f s (%.1f per second)%n",
                PARENTS, (written - start) / 1e6, (shown - start) / 1e6, pushes, seconds, pushes / seconds);
        assertThat(pushes)
                .as("pushes to the projector during the burst and the second after it")
                .isLessThanOrEqualTo(Math.round(seconds * 4) + 2);
    }
}
