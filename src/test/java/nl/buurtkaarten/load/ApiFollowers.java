package nl.buurtkaarten.load;

import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients of the live API as a second screen or another app is one: each its own WebSocket to {@code /live},
 * a STOMP CONNECT with the meeting's read token, a SUBSCRIBE to the meeting's topic. Each follower notes when
 * every snapshot arrives, how many bytes it had and which draw it shows.
 */
final class ApiFollowers implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One snapshot as a follower received it. */
    record Received(long nanoTime, int bytes, long drawId) {}

    static final class Follower {
        final List<Received> received = new CopyOnWriteArrayList<>();
        final List<String> problems = new CopyOnWriteArrayList<>();
        final AtomicLong shownDraw = new AtomicLong(-1);
        StompSession session;

        private volatile Pending pending;

        /** Completes when this follower shows another draw than it does now; call before the tap that draws. */
        CompletableFuture<Received> nextDraw() {
            Pending next = new Pending(shownDraw.get(), new CompletableFuture<>());
            pending = next;
            return next.future();
        }

        private void arrived(Received one) {
            received.add(one);
            shownDraw.set(one.drawId());
            Pending waiting = pending;
            if (waiting != null && one.drawId() != -1 && one.drawId() != waiting.before()) {
                waiting.future().complete(one);
            }
        }
    }

    private record Pending(long before, CompletableFuture<Received> future) {}

    private final WebSocketStompClient client;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final List<Follower> followers = new ArrayList<>();

    ApiFollowers() {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        // Snapshots of a long card in five languages stay well below this; the default (64 KB) too.
        client.setInboundMessageSizeLimit(256 * 1024);
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("api-follower-");
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
    }

    /** Connects {@code count} more followers of the meeting, a few at a time; completes when each has its first snapshot. */
    List<Follower> connect(URI base, long meetingId, String readToken, int count) throws Exception {
        URI live = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("/live");
        List<Follower> added = new ArrayList<>();
        List<CompletableFuture<?>> firsts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Follower follower = new Follower();
            CompletableFuture<Void> first = new CompletableFuture<>();
            StompHeaders connect = new StompHeaders();
            connect.add("read-token", readToken);
            follower.session = client.connectAsync(live, new WebSocketHttpHeaders(), connect, new Errors(follower))
                    .get(60, TimeUnit.SECONDS);
            StompHeaders subscribe = new StompHeaders();
            subscribe.setDestination("/topic/meetings/" + meetingId);
            follower.session.subscribe(subscribe, new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return byte[].class;
                }

                @Override
                public void handleFrame(StompHeaders headers, Object payload) {
                    long now = System.nanoTime();
                    byte[] body = (byte[]) payload;
                    long drawId = -1;
                    try {
                        JsonNode card = JSON.readTree(body).get("card");
                        if (card != null && !card.isNull()) {
                            drawId = card.get("drawId").asLong();
                        }
                    } catch (RuntimeException notJson) {
                        follower.problems.add("a message that is no snapshot: " + notJson);
                    }
                    follower.arrived(new Received(now, body.length, drawId));
                    first.complete(null);
                }
            });
            added.add(follower);
            firsts.add(first);
        }
        CompletableFuture.allOf(firsts.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        followers.addAll(added);
        return added;
    }

    List<Follower> all() {
        return List.copyOf(followers);
    }

    @Override
    public void close() {
        for (Follower follower : followers) {
            if (follower.session != null && follower.session.isConnected()) {
                follower.session.disconnect();
            }
        }
        client.stop();
        scheduler.shutdown();
    }

    private static final class Errors extends StompSessionHandlerAdapter {
        private final Follower follower;

        Errors(Follower follower) {
            this.follower = follower;
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            follower.problems.add("ERROR frame: " + headers.getFirst("message"));
        }

        @Override
        public void handleException(
                StompSession session, StompCommand command, StompHeaders headers, byte[] payload, Throwable e) {
            follower.problems.add("exception: " + e);
        }

        @Override
        public void handleTransportError(StompSession session, Throwable e) {
            follower.problems.add("transport: " + e);
        }
    }
}
