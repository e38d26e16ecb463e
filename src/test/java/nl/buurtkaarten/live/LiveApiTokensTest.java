package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.ApiTokens;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * Personal API tokens on the live API, and live connections that end when what authenticated them
 * ends (a session signed out or ended, a token revoked, an account locked), through a real STOMP client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveApiTokensTest {

    private static final String PASSWORD = "juist-wachtwoord-123";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MeetingService meetings;

    @Autowired
    LiveReadTokens readTokens;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens apiTokens;

    String owner;
    Meeting meeting;
    String readToken;
    String topic;
    private final List<LiveClient> clients = new ArrayList<>();

    @BeforeEach
    void openMeeting() {
        owner = "tokens-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(owner, PASSWORD, List.of(Roles.FACILITATOR));
        meeting = meetings.open(owner, "Buurthuis Zuid", List.of("buurt-starter"), "nl");
        readToken = readTokens.renew(meeting.id(), owner);
        topic = "/topic/meetings/" + meeting.id();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(LiveClient::close);
    }

    @Test
    void anApiTokenDrawsTheNextCardAndAFollowerSeesIt() throws Exception {
        String apiToken = apiTokens.create(owner, "Stream Deck zaal 2");
        assertThat(apiTokens.tokens(owner).getFirst().lastUsed()).isNull();
        LiveClient follower = client(LiveClient.withToken(port, readToken));
        follower.subscribe(topic);
        follower.next();

        LiveClient streamDeck = withApiToken(apiToken);
        streamDeck.subscribe("/user/queue/replies");
        streamDeck.subscribe("/user/queue/errors");
        streamDeck.session.send(commandOf("next"), Map.of());

        JsonNode reply = streamDeck.next();
        assertThat(reply.get("command").asString()).isEqualTo("next");
        long drawId = reply.get("drawId").asLong();
        assertThat(meetings.currentCard(meeting.id()).orElseThrow().id()).isEqualTo(drawId);
        JsonNode seen = follower.next(message -> !message.get("card").isNull());
        assertThat(seen.get("card").get("drawId").asLong()).isEqualTo(drawId);
        assertThat(apiTokens.tokens(owner).getFirst().lastUsed())
                .as("the list shows when the token was last used")
                .isNotNull();
    }

    @Test
    void anApiTokenAloneDoesNotLetItsHolderFollowTheMeeting() throws Exception {
        LiveClient streamDeck = withApiToken(apiTokens.create(owner, "Stream Deck zaal 2"));
        streamDeck.subscribe(topic);
        assertThat(streamDeck.awaitError()).isEqualTo(LiveErrors.DENIED);
        assertThat(streamDeck.all).isEmpty();

        LiveClient remote = withApiToken(apiTokens.create(owner, "Afstandsbediening"));
        remote.subscribe(topic, readToken);
        assertThat(remote.next().get("meetingId").asLong())
                .as("with the meeting's read token too, it may")
                .isEqualTo(meeting.id());
    }

    @Test
    void anotherFacilitatorsTokenCannotSteerThisMeeting() throws Exception {
        String stranger = "other-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(stranger, PASSWORD, List.of(Roles.FACILITATOR));
        LiveClient theirs = withApiToken(apiTokens.create(stranger, "Mijn Stream Deck"));
        theirs.subscribe("/user/queue/errors");
        theirs.session.send(commandOf("next"), Map.of());
        assertThat(theirs.next().get("code").asString()).isEqualTo("meeting.error.not-found");
        assertThat(meetings.currentCard(meeting.id())).isEmpty();
    }

    @Test
    void aWrongTokenIsRefusedAtConnect() {
        assertThat(refusedAtConnect("bk_" + "x".repeat(43))).isEqualTo(LiveErrors.DENIED);
        assertThat(refusedAtConnect("niet-eens-de-vorm")).isEqualTo(LiveErrors.DENIED);
    }

    @Test
    void aRevokedTokenClosesItsOpenConnectionAndIsRefusedAfterwards() throws Exception {
        String apiToken = apiTokens.create(owner, "Stream Deck zaal 2");
        String otherToken = apiTokens.create(owner, "Laptop");
        LiveClient streamDeck = withApiToken(apiToken);
        streamDeck.subscribe("/user/queue/replies");
        LiveClient laptop = withApiToken(otherToken);
        laptop.subscribe("/user/queue/replies");
        long id = apiTokens.tokens(owner).stream()
                .filter(token -> token.name().equals("Stream Deck zaal 2"))
                .findFirst()
                .orElseThrow()
                .id();

        apiTokens.revoke(owner, id);

        assertThat(streamDeck.awaitError()).isEqualTo(LiveAuthentications.TOKEN_REVOKED);
        assertThat(refusedAtConnect(apiToken)).isEqualTo(LiveErrors.DENIED);
        laptop.session.send(commandOf("next"), Map.of());
        assertThat(laptop.next().get("command").asString())
                .as("the account's other token still works")
                .isEqualTo("next");
    }

    @Test
    void aLockedAccountsTokenIsRefusedAndItsConnectionsClose() throws Exception {
        String apiToken = apiTokens.create(owner, "Stream Deck zaal 2");
        LiveClient streamDeck = withApiToken(apiToken);
        streamDeck.subscribe("/user/queue/replies");
        LiveClient remote = withCookie(Browser.signIn(port, owner).sessionId());
        remote.subscribe("/user/queue/replies");
        LiveClient follower = client(LiveClient.withToken(port, readToken));
        follower.subscribe(topic);
        follower.next();

        accounts.setEnabled(owner, false, "beheerder");

        assertThat(streamDeck.awaitError()).isEqualTo(LiveAuthentications.ACCOUNT_LOCKED);
        assertThat(remote.awaitError()).isEqualTo(LiveAuthentications.ACCOUNT_LOCKED);
        assertThat(refusedAtConnect(apiToken)).isEqualTo(LiveErrors.DENIED);
        assertThat(follower.session.isConnected())
                .as("a follower with only the read token is nobody's session")
                .isTrue();
    }

    @Test
    void aNewPasswordRevokesTheAccountsTokens() throws Exception {
        String apiToken = apiTokens.create(owner, "Stream Deck zaal 2");
        LiveClient streamDeck = withApiToken(apiToken);
        streamDeck.subscribe("/user/queue/replies");

        accounts.resetPassword(owner, "een-heel-nieuw-wachtwoord");

        assertThat(streamDeck.awaitError()).isEqualTo(LiveAuthentications.TOKEN_REVOKED);
        assertThat(apiTokens.tokens(owner)).isEmpty();
        assertThat(refusedAtConnect(apiToken)).isEqualTo(LiveErrors.DENIED);
    }

    @Test
    void aSessionsConnectionClosesWhenTheFacilitatorSignsOut() throws Exception {
        Browser browser = Browser.signIn(port, owner);
        LiveClient remote = withCookie(browser.sessionId());
        remote.subscribe("/user/queue/replies");
        remote.session.send(commandOf("next"), Map.of());
        assertThat(remote.next().get("command").asString()).isEqualTo("next");

        browser.signOut();

        assertThat(remote.awaitError()).isEqualTo(LiveAuthentications.SIGNED_OUT);
    }

    @Test
    void aSessionsConnectionClosesWhenAllSessionsAreEndedButATokensStaysOpen() throws Exception {
        LiveClient remote = withCookie(Browser.signIn(port, owner).sessionId());
        remote.subscribe("/user/queue/replies");
        LiveClient streamDeck = withApiToken(apiTokens.create(owner, "Stream Deck zaal 2"));
        streamDeck.subscribe("/user/queue/replies");

        accounts.signOutEverywhere(owner);

        assertThat(remote.awaitError()).isEqualTo(LiveAuthentications.SIGNED_OUT);
        streamDeck.session.send(commandOf("next"), Map.of());
        assertThat(streamDeck.next().get("command").asString())
                .as("an API token is not a session: it works until it is revoked")
                .isEqualTo("next");
    }

    private String commandOf(String command) {
        return "/app/meetings/" + meeting.id() + "/" + command;
    }

    private LiveClient withApiToken(String apiToken) throws Exception {
        StompHeaders connect = new StompHeaders();
        connect.add(LiveAuthentications.HEADER, apiToken);
        return client(LiveClient.connect(port, new WebSocketHttpHeaders(), connect));
    }

    private LiveClient withCookie(String sessionId) throws Exception {
        WebSocketHttpHeaders http = new WebSocketHttpHeaders();
        http.add("Cookie", "JSESSIONID=" + sessionId);
        return client(LiveClient.connect(port, http, new StompHeaders()));
    }

    private LiveClient client(LiveClient client) {
        clients.add(client);
        return client;
    }

    /** Connects with this API token, expecting an ERROR frame in answer to CONNECT; returns its message. */
    private String refusedAtConnect(String apiToken) {
        List<String> errors = new CopyOnWriteArrayList<>();
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        try {
            StompHeaders connect = new StompHeaders();
            connect.add(LiveAuthentications.HEADER, apiToken);
            var connecting = stomp.connectAsync(
                    URI.create("ws://localhost:" + port + "/live"),
                    new WebSocketHttpHeaders(),
                    connect,
                    new StompSessionHandlerAdapter() {
                        @Override
                        public void handleException(
                                StompSession session,
                                StompCommand command,
                                StompHeaders headers,
                                byte[] payload,
                                Throwable failure) {
                            errors.add(String.valueOf(headers.getFirst("message")));
                        }

                        @Override
                        public void handleFrame(StompHeaders headers, Object payload) {
                            errors.add(String.valueOf(headers.getFirst("message")));
                        }
                    });
            await("an ERROR frame").atMost(Duration.ofSeconds(5)).until(() -> !errors.isEmpty());
            await("no connection")
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> connecting.isCompletedExceptionally()
                            || (connecting.isDone() && !connecting.join().isConnected()));
            return errors.getFirst();
        } finally {
            stomp.stop();
        }
    }

    /** A browser that signed in through the real sign-in form, with its session cookie. */
    private record Browser(HttpClient http, CookieManager cookies, int port) {

        static Browser signIn(int port, String username) throws Exception {
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            Browser browser = new Browser(http, cookies, port);
            HttpResponse<Void> response = browser.post(
                    "/login",
                    "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("location").orElse("")).doesNotContain("error");
            return browser;
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .reduce((first, second) -> second)
                    .orElseThrow();
        }

        /** Signs out as the page's sign-out button does (a POST to /logout with the page's CSRF token). */
        void signOut() throws Exception {
            HttpResponse<Void> response = post("/logout", "");
            assertThat(response.statusCode()).isEqualTo(302);
        }

        /** A form POST from one of the app's pages, with that page's CSRF token. */
        private HttpResponse<Void> post(String path, String form) throws Exception {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("the page carries a CSRF token").isTrue();
            String body = (form.isEmpty() ? "" : form + "&") + "_csrf="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }
}
