package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restart of issue 10 with the app as an operator runs it: the production build, unpacked, with
 * its AOT cache, in a process of its own, stopped as an operator stops it and started again on the
 * same data. The projector (a remembered device) and three untouched phones must come back by
 * themselves, the phones within 10 seconds of the app answering again. Runs when the production
 * build is there: {@code mvn verify -Pproduction -Dit.test=ProductionRestartIT -Dtest=None
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIf("productionBuildIsThere")
class ProductionRestartIT {

    private static final Path APP = Path.of("target", "app");
    private static final String PASSWORD = "production-restart-password";
    private static final Pattern PROJECTOR = Pattern.compile(".*/meeting/\\d+/projector$");
    private static final String[] PARENTS = {"Amina", "Joost", "Sam"};

    @TempDir
    Path dataDir;

    private final int port = freePort();
    private final HttpClient http = HttpClient.newHttpClient();
    private Process app;
    private Chromium chromium;

    static boolean productionBuildIsThere() {
        return jar() != null && Files.isRegularFile(APP.resolve("buurtkaarten.aot"));
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void theProjectorAndThreePhonesComeBackByThemselvesAfterARestartOfTheProductionApp() throws Exception {
        long firstStart = System.nanoTime();
        start();
        System.out.printf(
                "[measured] production app with its AOT cache: first page %.1f s after start%n",
                (System.nanoTime() - firstStart) / 1e9);
        chromium = new Chromium();

        Page projector = chromium.projector();
        projector.navigate(url("login"));
        projector.locator("vaadin-login-form input[name=username]").fill("gespreksleider");
        projector.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        projector.locator("vaadin-login-form vaadin-button").first().click();
        projector.waitForURL(address -> !address.contains("/login"));
        projector.locator(".bk-new-meeting vaadin-text-field input").fill("Ouderavond De Linde");
        projector
                .locator(".bk-new-meeting vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Samen opvoeden in de buurt"))
                .click();
        projector.locator(".bk-open-meeting").click();
        projector.waitForURL(PROJECTOR);
        String code = projector.locator(".bk-join-code").innerText().replace("-", "");

        List<Page> phones = new ArrayList<>();
        List<String> sentToSignIn = new CopyOnWriteArrayList<>();
        for (String name : PARENTS) {
            Page phone = chromium.phone();
            phone.onFrameNavigated(frame -> {
                if (frame.parentFrame() == null && frame.url().contains("/login")) {
                    sentToSignIn.add(name + " at " + frame.url());
                }
            });
            phone.navigate(url("join/" + code));
            phone.locator(".bk-nickname input").fill(name);
            phone.locator(".bk-join-button").click();
            assertThat(phone.locator(".bk-phone-who")).hasText("Je doet mee als " + name);
            phones.add(phone);
        }
        projector.keyboard().press("ArrowRight");
        assertThat(projector.locator(".bk-card-text")).not().hasText("Zo meteen komt de eerste kaart.");
        String before = projector.locator(".bk-card-text").innerText();
        for (Page phone : phones) {
            assertThat(phone.locator(".bk-card-text")).hasText(before);
        }

        // As an operator restarts it: a normal stop, then the same command again, on the same data.
        projector.evaluate("window.bkBeforeRestart = true");
        app.destroy();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("the app stopped").isTrue();
        start();
        long upAgain = System.nanoTime();
        System.out.printf(
                "[measured] restart: the app answered again %.1f s after it was started%n",
                (upAgain - lastStart) / 1e9);

        // The projector, untouched, reloads by itself and signs in with its remembered device.
        projector.waitForFunction(
                "() => window.bkBeforeRestart === undefined && document.querySelector('.bk-card-text') !== null",
                null,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
        assertThat(projector.locator(".bk-card-text")).hasText(before);
        assertThat(projector).hasURL(PROJECTOR);
        assertThat(projector.locator("vaadin-login-form")).hasCount(0);
        double projectorBack = (System.nanoTime() - upAgain) / 1e9;

        // A card drawn now reaches every phone without anyone touching it, as the same parent.
        projector.keyboard().press("ArrowRight");
        assertThat(projector.locator(".bk-card-text")).not().hasText(before);
        String next = projector.locator(".bk-card-text").innerText();
        List<Double> phonesBack = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            Page phone = phones.get(i);
            try {
                assertThat(phone.locator(".bk-card-text"))
                        .hasText(next, new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            } catch (AssertionError notBack) {
                throw new AssertionError(
                        "Phone of " + PARENTS[i] + " did not come back; sent to the sign-in page: " + sentToSignIn,
                        notBack);
            } finally {
                Chromium.screenshot(phone, "production-restart-phone-" + i);
            }
            phonesBack.add((System.nanoTime() - upAgain) / 1e9);
            assertThat(phone.locator(".bk-phone-who")).hasText("Je doet mee als " + PARENTS[i]);
        }
        System.out.printf(
                "[measured] production restart: projector back by itself after %.1f s; untouched phones on the new card %s s after the app answered%n",
                projectorBack, phonesBack);
        Chromium.screenshot(projector, "production-restart-projector");
        assertThat(sentToSignIn)
                .as("phones sent to the facilitators' sign-in page")
                .isEmpty();
        assertThat(phonesBack)
                .as("seconds after the app answered until each phone was back")
                .allMatch(seconds -> seconds <= 10);
    }

    private long lastStart;

    private void start() throws IOException {
        lastStart = System.nanoTime();
        String java = ProcessHandle.current().info().command().orElse("java");
        app = new ProcessBuilder(
                        java,
                        "-XX:AOTCache=" + APP.resolve("buurtkaarten.aot"),
                        "-jar",
                        jar().toString(),
                        "--server.port=" + port,
                        "--buurtkaarten.data-dir=" + dataDir.toAbsolutePath(),
                        "--buurtkaarten.admin.password=" + PASSWORD,
                        "--buurtkaarten.public-url=http://localhost:" + port,
                        "--buurtkaarten.backup.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .start();
        await("the production app answers")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!app.isAlive()) {
                        throw new AssertionError("The app stopped:\n" + Files.readString(dataDir.resolve("app.log")));
                    }
                    try {
                        return http.send(
                                                HttpRequest.newBuilder(URI.create(url("login")))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static Path jar() {
        if (!Files.isDirectory(APP)) {
            return null;
        }
        try (Stream<Path> files = Files.list(APP)) {
            return files.filter(file -> file.getFileName().toString().matches("buurtkaarten-.*\\.jar"))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
