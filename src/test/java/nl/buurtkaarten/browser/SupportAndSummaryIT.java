package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Offers and requests from two real phones, the summary on the projector, and the exchange of
 * contact details by mutual consent: nobody sees a detail before both agreed, the projector never.
 */
class SupportAndSummaryIT extends BrowserTest {

    @Test
    void twoParentsWhoCanHelpEachOtherExchangeContactOnlyWhenBothAgree() {
        Page projector = chromium.projector();
        signIn(projector, "");
        projector.locator(".bk-new-meeting vaadin-text-field input").fill("Buurtavond");
        projector
                .locator(".bk-new-meeting vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Hulp vragen en geven"))
                .click();
        projector.locator(".bk-open-meeting").click();
        // The address bar follows the navigation a moment after the page shows it.
        projector.waitForURL(Pattern.compile(".*/meeting/\\d+/projector$"));
        String code = projector.locator(".bk-join-code").innerText().replace("-", "");

        Page amina = join(code, "Amina");
        Page joost = join(code, "Joost");
        add(amina, ".bk-support-offer", "BABYSITTING");
        add(joost, ".bk-support-request", "BABYSITTING");
        add(joost, ".bk-support-offer", "LANGUAGE_AND_FORMS");
        add(amina, ".bk-support-request", "LANGUAGE_AND_FORMS");
        assertThat(projector.locator(".bk-support-chart-title")).hasText("2 keer aanbod · 2 vragen");

        projector.keyboard().press("w");
        assertThat(projector.locator(".bk-summary-match")).hasCount(2);
        assertThat(projector.locator(".bk-summary")).containsText("Amina kan Joost helpen met oppassen");
        assertThat(projector.locator(".bk-summary-picture")).isVisible();

        assertThat(amina.locator(".bk-personal-summary")).containsText("Joost, met oppassen");
        assertThat(joost.locator(".bk-personal-summary")).containsText("Amina, met oppassen");
        // Each phone brings its own part into view (it starts far below the first screen) and says so.
        for (Page phone : List.of(amina, joost)) {
            assertThat(phone.locator("vaadin-notification-card")
                            .filter(new Locator.FilterOptions().setHasText("Kijk: hier staat")))
                    .hasCount(1);
            PlaywrightAssertions.assertThat(phone.locator(".bk-personal-summary h2"))
                    .isInViewport();
        }
        Chromium.screenshot(amina, "phone-summary-appears-390x844");

        // Amina shares first: Joost sees nothing of it yet.
        amina.locator(".bk-contact-row vaadin-text-field input").fill("bel me");
        amina.locator(".bk-contact-share").click();
        assertThat(amina.locator(".bk-contact-row vaadin-text-field")).hasAttribute("invalid", "");
        amina.locator(".bk-contact-row vaadin-text-field input").fill("06 98765432");
        amina.locator(".bk-contact-share").click();
        assertThat(amina.locator(".bk-contact-waiting")).containsText("Joost heeft nog niet gedeeld");
        assertThat(joost.locator(".bk-personal-summary")).not().containsText("06 98765432");

        // Joost agrees too: now each sees the other's detail, live.
        joost.locator(".bk-contact-row vaadin-text-field input").fill("joost@buurtmail.nl");
        joost.locator(".bk-contact-share").click();
        assertThat(joost.locator(".bk-contact-both")).containsText("06 98765432");
        assertThat(amina.locator(".bk-contact-both")).containsText("joost@buurtmail.nl");
        Chromium.screenshot(amina, "phone-summary-390x844");

        // The projector never shows contact details.
        assertThat(projector.locator("body")).not().containsText("06 98765432");
        assertThat(projector.locator("body")).not().containsText("joost@buurtmail.nl");
        Chromium.screenshot(projector, "projector-summary-1920x1080");
        assertThat(projector.locator("body").innerText()).doesNotContain("@buurtmail");

        // The facilitator's exports hold the pairs, never the contact details.
        Page control = chromium.phone();
        String meetingPath =
                projector.url().replaceFirst("^https?://[^/]+/", "").replace("/projector", "/control");
        signIn(control, meetingPath);
        control.locator(".bk-control-summary-section vaadin-details-summary").click();
        Download csv =
                control.waitForDownload(() -> control.locator(".bk-summary-csv").click());
        String table = readString(csv.path());
        assertThat(table)
                .contains("\"Amina\";\"Joost\"")
                .doesNotContain("98765432")
                .doesNotContain("buurtmail");
        Download pdf = control.waitForDownload(
                () -> control.locator(".bk-summary-pdf-nl").click());
        pdf.saveAs(Chromium.SCREENSHOTS.resolve("summary.pdf"));
        assertThat(pdf.path().toFile().length()).isPositive();
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Page join(String code, String name) {
        Page phone = chromium.phone();
        phone.navigate(app.url("join/" + code));
        phone.locator(".bk-nickname input").fill(name);
        phone.locator(".bk-join-button").click();
        assertThat(phone.locator(".bk-support")).isVisible();
        return phone;
    }

    private void add(Page phone, String start, String topic) {
        int before = phone.locator(".bk-support-item").count();
        phone.locator(start).click();
        phone.locator(".bk-topic[data-topic=" + topic + "]").click();
        phone.locator(".bk-support-save").click();
        assertThat(phone.locator(".bk-support-item")).hasCount(before + 1);
    }
}
