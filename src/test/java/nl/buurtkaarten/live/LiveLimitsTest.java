package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
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
 * The live API's limits against the running app (default: 20 frames at once, then 5 per second): a
 * connection that floods gets an ERROR frame and is closed, everyone else goes on, and a client at a
 * person's pace is never cut. Also what a client that writes STOMP by hand meets: every frame counts,
 * also several in one WebSocket message, and a frame that is no STOMP is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveLimitsTest {

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

    @Test
    void everyFrameCountsAlsoSeveralInOneWebSocketMessage() throws Exception {
        RawClient raw = RawClient.open(port);
        raw.send("CONNECT\naccept-version:1.2\nhost:localhost\nread-token:" + readTokens.renew(meeting.id(), owner)
                + "\n\n\0");
        assertThat(raw.next(frame -> frame.startsWith("CONNECTED")))
                .as("the server offers heart-beats (this client asked for none, so none flow)")
                .contains("heart-beat:" + properties.heartBeat().toMillis() + ","
                        + properties.heartBeat().toMillis() / 2);
        StringBuilder subscriptions = new StringBuilder();
        for (int i = 0; i < properties.maxBurst() + 10; i++) {
            subscriptions.append("SUBSCRIBE\nid:sub-" + i + "\ndestination:" + topic + "\n\n\0");
        }
        raw.send(subscriptions.toString());
        assertThat(raw.next(frame -> frame.startsWith("ERROR"))).contains("message:" + LiveErrors.TOO_MANY_FRAMES);
        raw.awaitClosed();
    }

    @Test
    void aFrameThatIsNoStompGetsAnErrorFrame() throws Exception {
        RawClient raw = RawClient.open(port);
        raw.send("CONNECT\naccept-version:1.2\nhost:localhost\n\n\0");
        raw.next(frame -> frame.startsWith("CONNECTED"));
        raw.send("HELLO\nworld:yes\n\n\0");
        assertThat(raw.next(frame -> frame.startsWith("ERROR"))).contains("message:" + LiveErrors.BAD_FRAME);
        raw.awaitClosed();
    }

    /** A client that writes STOMP frames by hand over the JDK's own WebSocket. */
    private static final class RawClient implements WebSocket.Listener {
        private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        private final List<String> all = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile boolean closed;
        private WebSocket socket;

        static RawClient open(int port) throws Exception {
            RawClient client = new RawClient();
            client.socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/live"), client)
                    .get(10, TimeUnit.SECONDS);
            return client;
        }

        void send(String frames) throws Exception {
            socket.sendText(frames, true).get(5, TimeUnit.SECONDS);
        }

        /** The next frame received that passes the test; fails after five seconds. */
        String next(Predicate<String> test) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < end) {
                String frame = frames.poll(100, TimeUnit.MILLISECONDS);
                if (frame != null && test.test(frame)) {
                    return frame;
                }
            }
            throw new AssertionError("no such frame within 5 s; received: " + all);
        }

        void awaitClosed() {
            await("the connection closed").atMost(Duration.ofSeconds(5)).until(() -> closed);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                all.add(partial.toString());
                frames.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed = true;
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed = true;
        }
    }

    private LiveClient client(LiveClient client) {
        clients.add(client);
        return client;
    }
}
