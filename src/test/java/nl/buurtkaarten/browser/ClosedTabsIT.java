package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.security.Sessions;
import org.junit.jupiter.api.Test;

/**
 * A parent who closes the app's tab leaves no session behind for the rest of the evening (the
 * server would otherwise hold every departed phone's session for eight hours), and loses nothing:
 * opening the link again brings them back as themselves. A phone that merely reloads keeps its session.
 */
class ClosedTabsIT extends BrowserTest {

    @Test
    void aClosedTabEndsThePhonesSessionAndTheParentComesBackAsThemselves() {
        MeetingService meetings = app.bean(MeetingService.class);
        Sessions sessions = app.bean(Sessions.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Buurtavond", List.of("kennismaken"), "nl");

        Page fatima = join("Fatima", meeting);
        Page bram = join("Bram", meeting);
        int withBoth = sessions.open();

        // Bram reloads: his session stays, well past the moment a closed tab's session would end.
        Chromium.reload(bram);
        assertThat(bram.locator(".bk-phone-who")).hasText("Je doet mee als Bram");
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12)).until(() -> sessions.open() == withBoth);

        // Fatima closes the tab; the browser tells the app, and her session ends within seconds.
        var context = fatima.context();
        fatima.close(new Page.CloseOptions().setRunBeforeUnload(true));
        await().atMost(Duration.ofSeconds(30)).until(() -> sessions.open() == withBoth - 1);

        // Bram's phone still follows the meeting.
        String drawn =
                meetings.drawNext(meeting.id(), RunningApp.USERNAME, null).textIn("nl");
        assertThat(bram.locator(".bk-card-text")).hasText(drawn);

        // Fatima opens the link again on the same phone: herself, on the current card.
        Page again = context.newPage();
        again.navigate(app.url("join/" + meeting.joinCode()));
        assertThat(again.locator(".bk-phone-who")).hasText("Je doet mee als Fatima");
        assertThat(again.locator(".bk-card-text")).hasText(drawn);
    }

    private Page join(String name, Meeting meeting) {
        Page phone = chromium.phone();
        phone.navigate(app.url("join/" + meeting.joinCode()));
        phone.locator(".bk-nickname input").fill(name);
        phone.locator(".bk-join-button").click();
        assertThat(phone.locator(".bk-phone-who")).hasText("Je doet mee als " + name);
        return phone;
    }
}
