package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The live API's flood limit against the running app (default limits: 20 frames at once, then 5 per
 * second): a connection that floods gets an ERROR frame and is closed, everyone else goes on, and a
 * client at a person's pace is never cut.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveFloodTest {

    private static final String PASSWORD = "juist-wachtwoord-123";

    @LocalServerPort
    int port;

    @Autowired
    MeetingService meetings;

    @Autowired
    LiveReadTokens readTokens;

    @Autowired
    AccountService accounts;

    @Autowired
    LiveProperties properties;

    String owner;
    Meeting meeting;
    String topic;
    private final List<LiveClient> clients = new ArrayList<>();

    @BeforeEach
    void openMeeting() {
        owner = "flood-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(owner, PASSWORD, List.of(Roles.FACILITATOR));
        meeting = meetings.open(owner, "Buurthuis Zuid", List.of("buurt-starter"), "nl");
        topic = "/topic/meetings/" + meeting.id();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(LiveClient::close);
    }

    @Test
    void aFloodGetsAnErrorFrameAndIsClosedWhileEveryoneElseGoesOn() throws Exception {
        LiveClient follower = client(LiveClient.withToken(port, readTokens.renew(meeting.id(), owner)));
        follower.subscribe(topic);
        follower.next();
        LiveClient remote = client(LiveClient.signedIn(port, owner, PASSWORD));
        remote.subscribe("/user/queue/replies");

        LiveClient flooder = client(LiveClient.signedIn(port, owner, PASSWORD));
        flooder.subscribe("/user/queue/replies");
        int sent = 0;
        String command = "/app/meetings/" + meeting.id() + "/show-answers";
        while (sent < 200 && flooder.session.isConnected()) {
            try {
                flooder.session.send(command, Map.of());
                sent++;
            } catch (RuntimeException closed) {
                break;
            }
        }

        assertThat(flooder.awaitError()).isEqualTo(LiveErrors.TOO_MANY_FRAMES);
        assertThat(flooder.all.size())
                .as("commands carried out for the flooder: its burst, not its flood")
                .isLessThan(100);

        remote.session.send("/app/meetings/" + meeting.id() + "/next", Map.of());
        JsonNode reply = remote.next();
        assertThat(reply.get("command").asString())
                .as("the flooder's replies stay with the flooder, also after it was cut off")
                .isEqualTo("next");
        long drawId = reply.get("drawId").asLong();
        JsonNode seen = follower.next(message -> !message.get("card").isNull());
        assertThat(seen.get("card").get("drawId").asLong())
                .as("the other connections of the same meeting go on")
                .isEqualTo(drawId);
        DrawnCard next = meetings.drawNext(meeting.id(), owner, null);
        assertThat(follower.next(message -> !message.get("card").isNull()
                        && message.get("card").get("drawId").asLong() == next.id()))
                .isNotNull();
        assertThat(follower.errors).isEmpty();
        assertThat(remote.errors).isEmpty();
        assertThat(remote.all).hasSize(1);
    }

    @Test
    void aRemoteAtAPersonsPaceIsNeverCut() throws Exception {
        LiveClient remote = client(LiveClient.signedIn(port, owner, PASSWORD));
        remote.subscribe("/user/queue/replies");
        remote.subscribe("/user/queue/errors");
        // More commands than the burst allows at once, a little slower than the limit: a quick facilitator.
        int commands = properties.maxBurst() + 10;
        long interval = 1000L / (properties.maxFramesPerSecond() - 1);
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        try {
            pace.scheduleAtFixedRate(
                    () -> {
                        int number = sent.getAndIncrement();
                        if (number < commands) {
                            String command = number % 2 == 0 ? "hide-answers" : "show-answers";
                            remote.session.send("/app/meetings/" + meeting.id() + "/" + command, Map.of());
                        }
                    },
                    0,
                    interval,
                    TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofMillis(interval * commands + 10_000))
                    .until(() -> remote.all.size() >= commands || !remote.errors.isEmpty());
        } finally {
            pace.shutdownNow();
        }
        assertThat(remote.errors).isEmpty();
        assertThat(remote.all).hasSize(commands);
        assertThat(remote.all)
                .allSatisfy(reply -> assertThat(reply.has("command")).isTrue());
        assertThat(remote.session.isConnected()).isTrue();
    }

    private LiveClient client(LiveClient client) {
        clients.add(client);
        return client;
    }
}
