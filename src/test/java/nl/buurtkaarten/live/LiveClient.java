package nl.buurtkaarten.live;

import static org.awaitility.Awaitility.await;

import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * A client of the live API as an integration would write it: Spring's STOMP client over a plain
 * WebSocket, messages read as JSON trees. Keeps every message per destination and every ERROR frame.
 */
final class LiveClient implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    final List<JsonNode> all = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    private final WebSocketStompClient client;
    final StompSession session;

    /** A client with these handshake and CONNECT headers; fails when the handshake or CONNECT is refused. */
    static LiveClient connect(int port, WebSocketHttpHeaders http, StompHeaders connect) throws Exception {
        return new LiveClient(port, http, connect);
    }

    private LiveClient(int port, WebSocketHttpHeaders http, StompHeaders connect) throws Exception {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        session = client.connectAsync(URI.create("ws://localhost:" + port + "/live"), http, connect, new Handler())
                .get(10, TimeUnit.SECONDS);
    }

    /** A client with only a read token in its CONNECT frame (or none, when null). */
    static LiveClient withToken(int port, String readToken) throws Exception {
        StompHeaders connect = new StompHeaders();
        if (readToken != null) {
            connect.add("read-token", readToken);
        }
        return new LiveClient(port, new WebSocketHttpHeaders(), connect);
    }

    /** A client that signed in through the app's own sign-in form, and sends its session cookie. */
    static LiveClient signedIn(int port, String username, String password) throws Exception {
        WebSocketHttpHeaders http = new WebSocketHttpHeaders();
        http.add("Cookie", "JSESSIONID=" + signIn(port, username, password));
        return new LiveClient(port, http, new StompHeaders());
    }

    /** Subscribes; each message lands in {@link #messages} (and {@link #all}). */
    StompSession.Subscription subscribe(String destination, String readToken) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        if (readToken != null) {
            headers.add("read-token", readToken);
        }
        return session.subscribe(headers, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                all.add((JsonNode) payload);
                messages.add((JsonNode) payload);
            }
        });
    }

    StompSession.Subscription subscribe(String destination) {
        return subscribe(destination, null);
    }

    /** The next message that passes the test, skipping others; fails after five seconds. */
    JsonNode next(Predicate<JsonNode> test) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < end) {
            JsonNode message = messages.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && test.test(message)) {
                return message;
            }
        }
        throw new AssertionError("no such message within 5 s; received: " + all);
    }

    JsonNode next() throws InterruptedException {
        return next(message -> true);
    }

    /** Waits for the ERROR frame the server sends before it closes the connection; returns its message. */
    String awaitError() {
        await("an ERROR frame").atMost(Duration.ofSeconds(5)).until(() -> !errors.isEmpty());
        await("the connection closed").atMost(Duration.ofSeconds(5)).until(() -> !session.isConnected());
        return errors.getFirst();
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
        client.stop();
    }

    private final class Handler extends StompSessionHandlerAdapter {
        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            errors.add(String.valueOf(headers.getFirst("message")));
        }

        @Override
        public void handleException(
                StompSession session, StompCommand command, StompHeaders headers, byte[] payload, Throwable e) {
            errors.add("client: " + e);
        }
    }

    /** Signs in through the real form, as a browser; returns the signed-in session's id. */
    /** Signs in through the sign-in form; returns the session id. */
    static String signIn(int port, String username, String password) throws Exception {
        SignInAnswer answer = trySignIn(port, username, password);
        if (answer.location().contains("error")) {
            throw new AssertionError("sign-in failed: " + answer.location());
        }
        return answer.session();
    }

    /** Where the app sends a browser after the sign-in form, and the session it then has. */
    record SignInAnswer(String location, String session) {}

    /** Opens the sign-in page and posts the form with its CSRF token, as a browser does. */
    static SignInAnswer trySignIn(int port, String username, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI login = URI.create("http://localhost:" + port + "/login");
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new AssertionError("the sign-in form answered " + response.statusCode());
        }
        return new SignInAnswer(
                response.headers().firstValue("location").orElse("").replaceFirst("^https?://[^/]+", ""),
                cookies.getCookieStore().getCookies().stream()
                        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                        .reduce((first, second) -> second)
                        .map(HttpCookie::getValue)
                        .orElse(null));
    }
}
