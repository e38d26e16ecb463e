package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A burst of answers reaches a follower of the live API as a few snapshots, not one per answer (issue 13:
 * "rate-limited like the projector"), and the last one has every answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveBurstTest {

    private static final int PARENTS = 80;

    @LocalServerPort
    int port;

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    LiveReadTokens readTokens;

    @Autowired
    AccountService accounts;

    @Value("${buurtkaarten.live.window:250ms}")
    Duration window;

    @Test
    void aBurstOfAnswersIsAFewSnapshotsWithEveryAnswerInTheLast() throws Exception {
        String owner = "burst-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(owner, "juist-wachtwoord-123", List.of(Roles.FACILITATOR));
        Meeting meeting = meetings.open(owner, "Schoolbrede ouderavond", List.of("buurt-starter"), "nl");
        String token = readTokens.renew(meeting.id(), owner);
        List<Joined> parents = new ArrayList<>();
        for (int i = 1; i <= PARENTS; i++) {
            parents.add(participation.join(meeting.id(), "Ouder " + i));
        }
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);

        try (LiveClient follower = LiveClient.withToken(port, token)) {
            follower.subscribe("/topic/meetings/" + meeting.id());
            follower.next(message -> !message.get("card").isNull()
                    && message.get("card").get("drawId").asLong() == card.id());
            int before = follower.all.size();

            long started = System.nanoTime();
            ExecutorService phones = Executors.newFixedThreadPool(8);
            try {
                CompletableFuture.allOf(IntStream.range(0, PARENTS)
                                .mapToObj(i -> CompletableFuture.runAsync(
                                        () -> participation.answer(
                                                parents.get(i).token(),
                                                card.id(),
                                                "Antwoord van ouder " + (i + 1),
                                                false),
                                        phones))
                                .toArray(CompletableFuture[]::new))
                        .join();
            } finally {
                phones.shutdown();
            }
            long sentMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            JsonNode last =
                    follower.next(message -> message.get("answers").get("count").asInt() == PARENTS);
            assertThat(last.get("answers").get("texts")).hasSize(PARENTS);
            // Nothing more comes once the burst is in: the last snapshot stays the last.
            await().during(window.multipliedBy(3))
                    .atMost(window.multipliedBy(10))
                    .until(() -> follower.all.getLast().equals(last));

            int snapshots = follower.all.size() - before;
            // At most one snapshot per window while the answers came, the first at once and one after the last.
            long allowed = sentMillis / window.toMillis() + 2;
            System.out.printf(
                    "[live burst] %d answers in %d ms: %d snapshots to the follower (at most %d allowed)%n",
                    PARENTS, sentMillis, snapshots, allowed);
            assertThat(snapshots)
                    .as("%d answers in %d ms reached the follower as %d snapshots", PARENTS, sentMillis, snapshots)
                    .isLessThanOrEqualTo((int) allowed);
        }
    }
}
