package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import org.junit.jupiter.api.Test;

/**
 * The app goes away mid-meeting and comes back, as after a crash and a restart that takes as long
 * as the production jar's start: the phone says calmly, in its own language, that it is
 * reconnecting (never "reload"), comes back by itself as the same parent on the current card within
 * 10 seconds of the app answering again, and keeps what the parent was typing.
 */
class ReconnectIT extends BrowserTest {

    /** About as long as the production jar takes to start on this kind of machine. */
    static final int DOWN_MILLIS = 12_000;

    @Test
    void aPhoneSaysItIsReconnectingAndComesBackWithWhatWasTyped() {
        MeetingService meetings = app.bean(MeetingService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond De Linde", List.of("kennismaken"), "nl");
        String first =
                meetings.drawNext(meeting.id(), RunningApp.USERNAME, null).textIn("nl");

        Page dutch = joinedPhone(meeting, "nl-NL", "Amina");
        Page arabic = joinedPhone(meeting, "ar", "Fatima");
        assertThat(dutch.locator(".bk-card-text")).hasText(first);
        dutch.locator(".bk-answer-field textarea").fill("Ik was nog aan het typen");
        for (Page phone : List.of(dutch, arabic)) {
            phone.evaluate("() => { window.bkStates = []; window.Vaadin.connectionState.addStateChangeListener("
                    + "(from, to) => window.bkStates.push(Math.round(performance.now()) + ' ' + to)); }");
        }

        app.stop();
        long down = System.nanoTime();
        assertThat(dutch.locator(".bk-connection"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(DOWN_MILLIS));
        double noticed = (System.nanoTime() - down) / 1e9;
        assertThat(dutch.locator(".bk-connection"))
                .hasText("Even geen verbinding. We proberen het vanzelf opnieuw; je hoeft niets te doen.");
        assertThat(arabic.locator(".bk-connection")).isVisible();
        Chromium.screenshot(dutch, "phone-reconnecting");
        Chromium.screenshot(arabic, "phone-reconnecting-ar");
        // The app stays away as long as a real restart takes; the phones must not give up meanwhile.
        dutch.waitForTimeout(Math.max(0, DOWN_MILLIS - (System.nanoTime() - down) / 1_000_000));
        assertThat(dutch.locator("body")).not().containsText("opnieuw laden");
        assertThat(dutch.locator("body")).not().containsText("Laad de pagina");

        app.start();
        long up = System.nanoTime();
        DrawnCard next = app.bean(MeetingService.class).drawNext(meeting.id(), RunningApp.USERNAME, null);
        for (Page phone : List.of(dutch, arabic)) {
            double left = 10_000 - (System.nanoTime() - up) / 1e6;
            assertThat(phone.locator(".bk-card-text"))
                    .hasText(
                            next.textIn(phone == dutch ? "nl" : "ar"),
                            new LocatorAssertions.HasTextOptions().setTimeout(Math.max(left, 1)));
        }
        double back = (System.nanoTime() - up) / 1e9;
        assertThat(dutch.locator(".bk-phone-who")).hasText("Je doet mee als Amina");
        assertThat(dutch.locator(".bk-answer-field textarea")).hasValue("Ik was nog aan het typen");
        assertThat(dutch.locator(".bk-connection")).isHidden();
        // What was put back is what is sent: the parent taps "send" and it is their answer.
        dutch.locator(".bk-send").click();
        assertThat(dutch.locator(".bk-own-text")).hasText("Ik was nog aan het typen");
        System.out.printf(
                "[measured] phones noticed the app was gone after %.1f s and showed the new card %.1f s after it was up again%n",
                noticed, back);
    }

    private Page joinedPhone(Meeting meeting, String locale, String name) {
        Page phone = chromium.page(390, 844, locale);
        phone.navigate(app.url("join/" + meeting.joinCode()));
        phone.locator(".bk-nickname input").fill(name);
        phone.locator(".bk-join-button").click();
        assertThat(phone.locator(".bk-card-text")).isVisible();
        return phone;
    }
}
