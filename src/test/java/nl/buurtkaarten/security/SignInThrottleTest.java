package nl.buurtkaarten.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Password guessing through the real sign-in form: real POSTs to /login against the running app,
 * with the CSRF token its sign-in page hands out, through the whole security filter chain. Each
 * client is a browser of its own (its own cookies) behind a trusted proxy, so that it has its own
 * address (X-Forwarded-For, resolved by Tomcat).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class SignInThrottleTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInThrottle throttle;

    @Test
    void fiveWrongPasswordsStopThisClientForThisAccountEvenWithTheRightOne() throws Exception {
        accounts.create("throttled", "juist-wachtwoord-123", List.of(Roles.FACILITATOR));
        Browser guesser = new Browser("203.0.113.10");

        assertThat(guesser.signIn("throttled", "juist-wachtwoord-123")).isEqualTo("/");
        for (int i = 0; i < 5; i++) {
            assertThat(new Browser("203.0.113.10").signIn("throttled", "fout-" + i))
                    .isEqualTo("/login?error");
        }
        assertThat(new Browser("203.0.113.10").signIn("throttled", "juist-wachtwoord-123"))
                .isEqualTo("/login?error=wait");
    }

    @Test
    void aStrangerCannotLockTheFacilitatorOut() throws Exception {
        accounts.create("facilitator-evening", "juist-wachtwoord-123", List.of(Roles.FACILITATOR));
        Browser stranger = new Browser("203.0.113.66");
        for (int i = 0; i < 20; i++) {
            stranger.signIn("facilitator-evening", "geraden-" + i);
        }
        assertThat(stranger.signIn("facilitator-evening", "juist-wachtwoord-123"))
                .isEqualTo("/login?error=wait");

        assertThat(new Browser("203.0.113.1").signIn("facilitator-evening", "juist-wachtwoord-123"))
                .as("the facilitator on their own laptop, after a stranger's 20 guesses")
                .isEqualTo("/");
    }

    @Test
    void oneClientTryingManyAccountsIsStopped() throws Exception {
        Browser sprayer = new Browser("203.0.113.77");
        for (int i = 0; i < 20; i++) {
            assertThat(sprayer.signIn("naam-" + i, "wachtwoord")).isEqualTo("/login?error");
        }
        assertThat(sprayer.signIn("naam-21", "wachtwoord")).isEqualTo("/login?error=wait");
    }

    @Test
    void hugeAndManyUserNamesAreRefusedAtTheDoorAndKeepTheThrottleSmall() throws Exception {
        long before = throttle.size();
        String huge = "x".repeat(1_000_000);
        for (int i = 0; i < 40; i++) {
            assertThat(new Browser("198.51.100." + i).signIn(i + huge, "wachtwoord"))
                    .isEqualTo("/login?error=too-long");
        }
        assertThat(throttle.size())
                .as("entries after 40 sign-ins with 1 MB user names")
                .isEqualTo(before);
        assertThat(new Browser("198.51.100.200").signIn("y".repeat(101), "wachtwoord"))
                .isEqualTo("/login?error=too-long");
    }

    @Test
    void aCrossSiteFormCannotSignABrowserIn() throws Exception {
        accounts.create("attacker", "juist-wachtwoord-123", List.of(Roles.FACILITATOR));
        // A form on another site posts the attacker's name and password, without this site's token.
        HttpResponse<String> response = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Origin", "https://evil.example")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "username=attacker&password=juist-wachtwoord-123"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("location").orElse("")).endsWith("/login?error=expired");
        assertThat(response.headers().allValues("set-cookie")).noneMatch(cookie -> cookie.startsWith("bk_device="));
    }

    /** A browser of its own: its own cookies, its own address (as a trusted proxy reports it). */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String address;

        Browser(String address) {
            this.address = address;
        }

        /** Opens the sign-in page, posts the form with its token; returns where the app sends the browser. */
        String signIn(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> page =
                    client.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<Void> response = client.send(
                    request("/login")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address);
        }
    }
}
