package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.util.List;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.security.Sessions;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A parent who joined keeps the long session; a page nobody used to join or sign in has only the
 * short one. The short lifetime is seconds here (minutes in production).
 */
class SessionLifetimeIT extends BrowserTest {

    @Test
    void aJoinedParentKeepsTheSessionAfterAStrangersHasEnded() {
        app.stop();
        app.with("--buurtkaarten.session.anonymous-timeout=5s", "--server.tomcat.background-processor-delay=1s")
                .start();
        Sessions sessions = app.bean(Sessions.class);
        MeetingService meetings = app.bean(MeetingService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond", List.of("kennismaken"), "nl");

        Page parent = chromium.phone();
        parent.navigate(app.url("join/" + meeting.joinCode()));
        parent.locator(".bk-nickname input").fill("Amina");
        parent.locator(".bk-join-button").click();
        assertThat(parent.locator(".bk-phone-who")).hasText("Je doet mee als Amina");
        Page stranger = chromium.phone();
        stranger.navigate(app.url("join/" + meeting.joinCode()));
        assertThat(stranger.locator(".bk-nickname input")).isVisible();

        // Both pages stay open; only the stranger's session ends after the short lifetime. (Vaadin then
        // loads the stranger's page again, which starts a new short session: the old one is gone.)
        String parentSession = sessionCookie(parent);
        String strangerSession = sessionCookie(stranger);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> sessions.open() == 1 || !strangerSession.equals(sessionCookie(stranger)));
        Assertions.assertThat(sessionCookie(parent)).isEqualTo(parentSession);
        String card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null).textIn("nl");
        assertThat(parent.locator(".bk-card-text"))
                .hasText(card, new LocatorAssertions.HasTextOptions().setTimeout(5_000));
        assertThat(parent.locator(".bk-phone-who")).hasText("Je doet mee als Amina");
    }

    private static String sessionCookie(Page page) {
        return page.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("");
    }
}
