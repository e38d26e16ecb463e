package nl.buurtkaarten.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.buurtkaarten.Application;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Two app nodes on one PostgreSQL database (issue 14): what happens on one reaches the live API's followers
 * on the other, through PostgreSQL's LISTEN/NOTIFY. Runs when the tests run on PostgreSQL
 * ({@code src/test/scripts/postgresql.sh}, the {@code postgresql} profile); on H2 there is one node only.
 */
class LiveAcrossNodesTest {

    private static final String PASSWORD = "juist-wachtwoord-123";

    static Path data;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String url = System.getProperty("spring.datasource.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "several nodes need PostgreSQL; the tests run on " + url);
        data = Files.createTempDirectory("two-nodes");
        nodeA = node("a");
        nodeB = node("b");
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.profiles.active=test",
                        "--server.port=0",
                        "--buurtkaarten.data-dir=" + data.resolve(name).toAbsolutePath(),
                        "--logging.level.root=warn");
    }

    @AfterAll
    static void stopNodes() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (data != null) {
            FileSystemUtils.deleteRecursively(data);
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
}
