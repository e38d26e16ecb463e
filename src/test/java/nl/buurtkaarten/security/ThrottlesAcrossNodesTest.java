package nl.buurtkaarten.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkaarten.base.NodesOnPostgresql;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.participation.JoinThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sign-in and join-code throttles on two app nodes (issue 14): a guesser whom the load balancer spreads
 * over the nodes gets no more tries than on one node. Runs on PostgreSQL only ({@code src/test/scripts/postgresql.sh}).
 */
class ThrottlesAcrossNodesTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "juist-wachtwoord-123";

    static NodesOnPostgresql nodes;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        // The test profile lifts the join-code limit for the other tests; here it is the default again.
        nodes = NodesOnPostgresql.start(2, "--buurtkaarten.join.max-failures=10");
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void wrongPasswordsOnOneNodeCountOnTheOther() throws Exception {
        for (int[] fromTo : new int[][] {{0, 1}, {1, 0}}) {
            String owner = "gids-" + UUID.randomUUID().toString().substring(0, 8);
            nodes.node(0).getBean(AccountService.class).create(owner, PASSWORD, List.of(Roles.FACILITATOR));
            SignInThrottle elsewhere = nodes.node(fromTo[1]).getBean(SignInThrottle.class);

            // Five wrong passwords on one node, none on the other...
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(nodes.port(fromTo[0]), owner, "fout-" + i)).isEqualTo("/login?error");
            }
            await("the other node heard of them")
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> elsewhere.isThrottled(owner, "127.0.0.1"));
            // ...and this client must wait there too, even with the right password.
            assertThat(signIn(nodes.port(fromTo[1]), owner, PASSWORD)).isEqualTo("/login?error=wait");
            assertThat(signIn(nodes.port(fromTo[0]), owner, PASSWORD)).isEqualTo("/login?error=wait");
        }
    }

    @Test
    void wrongJoinCodesOnOneNodeCountOnTheOther() {
        JoinThrottle onA = nodes.node(0).getBean(JoinThrottle.class);
        JoinThrottle onB = nodes.node(1).getBean(JoinThrottle.class);
        for (int i = 0; i < 10; i++) {
            onA.failed("203.0.113.77");
        }
        await("node B heard of the wrong codes typed on node A")
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThatThrownBy(() -> onB.check("203.0.113.77"))
                        .isInstanceOf(UserFacingException.class)
                        .hasMessage("join.error.too-many-attempts"));
        assertThatCode(() -> onB.check("203.0.113.78")).doesNotThrowAnyException();
    }

    /** Opens the sign-in page, posts the form with its token; returns where the app sends the browser. */
    private static String signIn(int port, String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI login = URI.create("http://127.0.0.1:" + port + "/login");
        HttpResponse<String> page =
                client.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(
                HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
