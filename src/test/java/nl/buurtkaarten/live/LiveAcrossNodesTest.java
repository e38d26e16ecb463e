package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.buurtkaarten.base.NodesOnPostgresql;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.ApiTokens;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.web.socket.WebSocketHttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Two app nodes on one PostgreSQL database (issue 14): what happens on one reaches the live API's followers
 * on the other, through PostgreSQL's LISTEN/NOTIFY. Runs when the tests run on PostgreSQL
 * ({@code src/test/scripts/postgresql.sh}, the {@code postgresql} profile); on H2 there is one node only.
 */
class LiveAcrossNodesTest {

    private static final String PASSWORD = "juist-wachtwoord-123";

    static NodesOnPostgresql nodes;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        nodes = NodesOnPostgresql.start(2);
        nodeA = nodes.node(0);
        nodeB = nodes.node(1);
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void whatHappensOnOneNodeReachesTheFollowersOnTheOther() throws Exception {
        String owner = "nodes-" + UUID.randomUUID().toString().substring(0, 8);
        nodeA.getBean(AccountService.class).create(owner, PASSWORD, List.of(Roles.FACILITATOR));
        MeetingService meetingsOnA = nodeA.getBean(MeetingService.class);
        Meeting meeting = meetingsOnA.open(owner, "Buurthuis Oost en West", List.of("buurt-starter"), "nl");
        String token = nodeA.getBean(LiveReadTokens.class).renew(meeting.id(), owner);
        String topic = "/topic/meetings/" + meeting.id();

        try (LiveClient onB = LiveClient.withToken(port(nodeB), token);
                LiveClient onA = LiveClient.withToken(port(nodeA), token)) {
            onB.subscribe(topic);
            onA.subscribe(topic);
            assertThat(onB.next().get("card").isNull()).isTrue();
            onA.next();

            // The facilitator draws on node A; the follower on node B sees the card.
            long drawn = System.nanoTime();
            DrawnCard card = meetingsOnA.drawNext(meeting.id(), owner, null);
            JsonNode seen = onB.next(message -> !message.get("card").isNull()
                    && message.get("card").get("drawId").asLong() == card.id());
            System.out.printf(
                    "[two nodes] draw on A reached a follower on B after %d ms%n",
                    (System.nanoTime() - drawn) / 1_000_000);
            assertThat(seen.get("card").get("text").get("nl").asString()).isEqualTo(card.textIn("nl"));

            // A parent joins and answers on node B; the follower on node A sees both.
            ParticipationService participationOnB = nodeB.getBean(ParticipationService.class);
            Joined amina = participationOnB.join(meeting.id(), "Amina");
            participationOnB.answer(amina.token(), card.id(), "Samen fietsen naar school", true);
            JsonNode answered =
                    onA.next(message -> message.get("answers").get("count").asInt() == 1);
            assertThat(answered.get("participants").asInt()).isEqualTo(1);
            assertThat(answered.get("answers").get("texts").get(0).get("text").asString())
                    .isEqualTo("Samen fietsen naar school");

            // The facilitator, signed in on node B, steers over the live API there; node A's follower follows.
            try (LiveClient remote = LiveClient.signedIn(port(nodeB), owner, PASSWORD)) {
                remote.session.send("/app/meetings/" + meeting.id() + "/next", Map.of());
                JsonNode next = onA.next(message -> !message.get("card").isNull()
                        && message.get("card").get("drawId").asLong() != card.id());
                assertThat(next.get("progress").get("remaining").asInt())
                        .isEqualTo(seen.get("progress").get("remaining").asInt() - 1);
            }
            // Versions keep growing for a client whichever node it hears from.
            assertThat(onA.all.getLast().get("version").asLong())
                    .isGreaterThan(onB.all.getFirst().get("version").asLong());
        }
    }

    @Test
    void whatEndsAnAuthenticationOnOneNodeEndsItOnTheOther() throws Exception {
        String owner = "nodes-" + UUID.randomUUID().toString().substring(0, 8);
        nodeA.getBean(AccountService.class).create(owner, PASSWORD, List.of(Roles.FACILITATOR));
        Meeting meeting =
                nodeA.getBean(MeetingService.class).open(owner, "Buurthuis Noord", List.of("buurt-starter"), "nl");
        String readToken = nodeA.getBean(LiveReadTokens.class).renew(meeting.id(), owner);
        ApiTokens apiTokensOnA = nodeA.getBean(ApiTokens.class);
        String apiToken = apiTokensOnA.create(owner, "afstandsbediening");
        long apiTokenId = apiTokensOnA.tokens(owner).getFirst().id();

        // A hall screen on node B follows with the read token; a new token made on node A ends it.
        try (LiveClient hallScreen = LiveClient.withToken(port(nodeB), readToken)) {
            hallScreen.subscribe("/topic/meetings/" + meeting.id());
            hallScreen.next();
            nodeA.getBean(LiveReadTokens.class).renew(meeting.id(), owner);
            assertThat(hallScreen.awaitError()).isEqualTo(LiveErrors.READ_TOKEN_REVOKED);
        }

        // A remote on node B steers with a personal API token; revoking it on node A ends that connection.
        StompHeaders withApiToken = new StompHeaders();
        withApiToken.add("api-token", apiToken);
        try (LiveClient remote = LiveClient.connect(port(nodeB), new WebSocketHttpHeaders(), withApiToken)) {
            apiTokensOnA.revoke(owner, apiTokenId);
            assertThat(remote.awaitError()).isEqualTo(LiveErrors.API_TOKEN_REVOKED);
        }

        // Signed in on node B (a page and a live connection); "sign out everywhere" on node A ends both.
        String sessionOnB = LiveClient.signIn(port(nodeB), owner, PASSWORD);
        assertThat(facilitatorPage(port(nodeB), sessionOnB).statusCode()).isEqualTo(200);
        try (LiveClient signedIn = LiveClient.signedIn(port(nodeB), owner, PASSWORD)) {
            nodeA.getBean(AccountService.class).signOutEverywhere(owner);
            assertThat(signedIn.awaitError()).isEqualTo(LiveErrors.SIGNED_OUT);
        }
        await("the page on node B asks for the password")
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> {
                    HttpResponse<Void> afterwards = facilitatorPage(port(nodeB), sessionOnB);
                    assertThat(afterwards.statusCode()).isEqualTo(302);
                    assertThat(afterwards.headers().firstValue("location").orElse(""))
                            .contains("/login");
                });
    }

    private static HttpResponse<Void> facilitatorPage(int port, String session) throws Exception {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
    }
}
