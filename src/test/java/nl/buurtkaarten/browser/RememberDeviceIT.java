package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import java.util.regex.Pattern;
import nl.buurtkaarten.meeting.MeetingService;
import org.junit.jupiter.api.Test;

/**
 * The facilitator's own laptop stays signed in ("Dit apparaat onthouden", on by default): after a
 * restart of the app mid-meeting the projector comes back by itself, without a password typed in
 * front of the room. Signing out everywhere sends every such screen back to the sign-in page.
 */
class RememberDeviceIT extends BrowserTest {

    private static final Pattern PROJECTOR = Pattern.compile(".*/meeting/\\d+/projector$");

    @Test
    void theProjectorComesBackByItselfAfterARestart() {
        Page projector = chromium.projector();
        firstPage(projector);
        signIn(projector, "");
        openMeeting(projector);
        assertThat(projector.context().cookies()).anySatisfy(cookie -> {
            assertThat(cookie.name).isEqualTo("bk_device");
            assertThat(cookie.httpOnly).isTrue();
        });

        long meetingId =
                Long.parseLong(projector.url().replaceAll("\\D+", " ").trim().split(" ")[1]);
        app.stop();
        app.start();
        long upAgain = System.nanoTime();
        // Untouched, like a projector on the wall: it reloads by itself and signs in with its device.
        // A card drawn after the restart shows that it is live again, not a picture of before.
        String card = app.bean(MeetingService.class)
                .drawNext(meetingId, RunningApp.USERNAME, null)
                .textIn("nl");
        double left = 10_000 - (System.nanoTime() - upAgain) / 1e6;
        assertThat(projector.locator(".bk-card-text"))
                .hasText(card, new LocatorAssertions.HasTextOptions().setTimeout(Math.max(left, 1)));
        System.out.printf(
                "[measured] after a restart the projector was live again, signed in by its device, %.1f s after the app was up%n",
                (System.nanoTime() - upAgain) / 1e9);
        assertThat(projector).hasURL(PROJECTOR);
        assertThat(projector.locator("vaadin-login-form")).hasCount(0);
    }

    @Test
    void signingOutEverywhereSendsEveryScreenToTheSignInPage() {
        Page projector = chromium.projector();
        firstPage(projector);
        signIn(projector, "");
        openMeeting(projector);
        Page laptop = chromium.page(1280, 800);
        signIn(laptop, "devices");
        assertThat(laptop.locator(".bk-device")).hasCount(2);

        // The same page holds the personal API keys: one made is shown once and listed.
        laptop.locator(".bk-api-token-form vaadin-text-field input").fill("Stream Deck zaal 2");
        laptop.locator(".bk-api-token-form vaadin-button").click();
        assertThat(laptop.locator(".bk-api-token-value input")).hasValue(Pattern.compile("bk_.{20,}"));
        assertThat(laptop.locator(".bk-api-token-name")).hasText("Stream Deck zaal 2");
        Chromium.screenshot(laptop, "devices-api-keys-1280x800");
        laptop.setViewportSize(390, 844);
        Chromium.screenshot(laptop, "devices-api-keys-390x844");
        laptop.setViewportSize(1280, 800);

        laptop.locator(".bk-sign-out-everywhere").click();
        laptop.locator("vaadin-confirm-dialog [slot=confirm-button]:visible").click();

        assertThat(laptop.locator("vaadin-login-form")).isVisible();
        assertThat(projector.locator("vaadin-login-form"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        assertThat(projector)
                .hasURL(Pattern.compile(".*/login$"), new PageAssertions.HasURLOptions().setTimeout(5_000));

        // And a restart does not bring the revoked device back.
        app.stop();
        app.start();
        projector.navigate(app.url("meeting/1/projector"));
        assertThat(projector.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void aDeviceNotToRememberAsksForThePasswordAfterARestart() {
        Page projector = chromium.projector();
        firstPage(projector);
        projector.locator("vaadin-login-form input[name=username]").fill(RunningApp.USERNAME);
        projector.locator("vaadin-login-form input[name=password]").fill(RunningApp.PASSWORD);
        projector.locator(".bk-remember-device input").uncheck();
        projector.locator("vaadin-login-form vaadin-button").first().click();
        projector.waitForURL(url -> !url.contains("/login"));
        openMeeting(projector);
        assertThat(projector.context().cookies()).noneMatch(cookie -> cookie.name.equals("bk_device"));

        app.stop();
        app.start();
        assertThat(projector.locator("vaadin-login-form"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
    }

    /** The first page of a freshly started app in development mode can take well over ten seconds on a busy machine. */
    private void firstPage(Page page) {
        page.navigate(app.url("login"));
        assertThat(page.locator("vaadin-login-form input[name=username]"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    }

    private static void openMeeting(Page page) {
        page.locator(".bk-new-meeting vaadin-text-field input").fill("Ouderavond De Linde");
        page.locator(".bk-new-meeting vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Samen opvoeden in de buurt"))
                .click();
        page.locator(".bk-open-meeting").click();
        assertThat(page.locator(".bk-join-code")).isVisible();
        page.waitForURL(PROJECTOR);
    }
}
