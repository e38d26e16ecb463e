package nl.buurtkaarten.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.security.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stranger's requests must not fill the memory for hours: 3,000 anonymous GETs of different kinds
 * (pages, unknown pages, missing static files, the error page), counted as the HTTP sessions they
 * create and how long those live. No browser: a plain HTTP client without cookies, like a script.
 */
class SessionFloodIT {

    private static final Duration SHORT = Duration.ofSeconds(3);

    /** What a stranger asks for; each kind 250 times. */
    private static final List<String> KINDS = List.of(
            "",
            "login",
            "join",
            "join/ABCDEFGHJ",
            "meeting/1/projector",
            "no-such-page",
            "styles/no-such.css",
            "icons/no-such.png",
            "VAADIN/no-such.js",
            "favicon.ico",
            "error",
            "robots.txt");

    @TempDir
    Path dataDir;

    RunningApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void strangersRequestsMakeFewShortLivedSessions() throws Exception {
        // Tomcat looks for expired sessions every sixth background run: every 6 s here instead of every minute.
        app = new RunningApp(dataDir)
                .with(
                        "--server.tomcat.background-processor-delay=1s",
                        "--buurtkaarten.session.anonymous-timeout=" + SHORT.toSeconds() + "s")
                .start();
        Sessions sessions = app.bean(Sessions.class);
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Map<String, Integer> sessionsPerKind = new LinkedHashMap<>();
        Map<String, Integer> urlsWithSession = new LinkedHashMap<>();
        Map<String, Integer> statusPerKind = new LinkedHashMap<>();
        int requests = 0;
        long start = System.nanoTime();
        for (int round = 0; round < 250; round++) {
            for (String kind : KINDS) {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(app.url(kind))).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                requests++;
                boolean newSession =
                        response.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="));
                sessionsPerKind.merge(kind.isEmpty() ? "/" : kind, newSession ? 1 : 0, Integer::sum);
                statusPerKind.put(kind.isEmpty() ? "/" : kind, response.statusCode());
                if (response.headers().firstValue("location").orElse("").contains(";jsessionid=")) {
                    urlsWithSession.merge(kind, 1, Integer::sum);
                }
            }
        }
        int created =
                sessionsPerKind.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                "[measured] %d anonymous requests (%.0f s) created %d sessions (%d open now): %s%n",
                requests, (System.nanoTime() - start) / 1e9, created, sessions.open(), sessionsPerKind);
        System.out.printf("[measured] status per kind: %s%n", statusPerKind);
        System.out.printf("[measured] redirects carrying ;jsessionid= in the address: %s%n", urlsWithSession);
        assertThat(urlsWithSession)
                .as("redirects with the session in the address")
                .isEmpty();

        for (String staticKind : List.of(
                "styles/no-such.css", "icons/no-such.png", "VAADIN/no-such.js", "favicon.ico", "error", "robots.txt")) {
            assertThat(sessionsPerKind.get(staticKind))
                    .as("sessions made by GET /" + staticKind)
                    .isZero();
        }

        // A stranger's sessions end after the short lifetime (set to seconds here, minutes in production).
        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> sessions.open() == 0);
        System.out.printf(
                "[measured] all of them were gone %.1f s after the last request (anonymous lifetime set to %d s, "
                        + "expiry checked every 6 s)%n",
                (System.nanoTime() - started) / 1e9, SHORT.toSeconds());
    }
}
