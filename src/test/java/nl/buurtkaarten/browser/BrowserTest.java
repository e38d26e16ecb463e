package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the browser tests: the real app on a fresh file database and Debian's Chromium, both
 * stopped after each test. Every test also checks that no page loaded anything from another
 * origin and that the Content-Security-Policy blocked nothing.
 */
abstract class BrowserTest {

    @TempDir
    Path dataDir;

    RunningApp app;
    Chromium chromium;

    @BeforeEach
    void startAppAndBrowser() {
        chromium = new Chromium();
        app = new RunningApp(dataDir).start();
    }

    @AfterEach
    void stopAppAndBrowser() {
        try {
            if (chromium != null) {
                assertThat(chromium.requestsElsewhere())
                        .as("requests to other origins")
                        .isEmpty();
                assertThat(chromium.blockedByContentSecurityPolicy())
                        .as("blocked by the Content-Security-Policy")
                        .isEmpty();
            }
        } finally {
            if (app != null) {
                app.close();
            }
            if (chromium != null) {
                chromium.close();
            }
        }
    }

    /** Opens a facilitator's page; signs in first when the app asks for it (a remembered device does not). */
    void signIn(Page page, String path) {
        page.navigate(app.url(path));
        if (!page.url().contains("/login")) {
            return;
        }
        page.locator("vaadin-login-form input[name=username]").fill(RunningApp.USERNAME);
        page.locator("vaadin-login-form input[name=password]").fill(RunningApp.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
    }
}
