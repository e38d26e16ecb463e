package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA, checked with Deque's axe-core in Chromium on every screen a parent or facilitator
 * uses, plus what axe cannot judge alone: touch targets, keyboard use and focus, the projector's
 * card size and contrast, and phones 320 px wide.
 */
class AccessibilityIT extends BrowserTest {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void everyScreenPassesAxeWithoutSeriousOrCriticalViolations() {
        Meeting meeting = openMeetingWithAnswers();
        List<String> problems = new ArrayList<>();

        Page login = chromium.projector();
        login.navigate(app.url("login"));
        assertThat(login.locator("vaadin-login-form")).isVisible();
        problems.addAll(axe(login, "login"));

        Page join = chromium.phone();
        join.navigate(app.url("join"));
        assertThat(join.locator(".bk-code-field")).isVisible();
        problems.addAll(axe(join, "join"));

        Page phone = chromium.phone();
        phone.navigate(app.url("join/" + meeting.joinCode()));
        assertThat(phone.locator(".bk-nickname")).isVisible();
        problems.addAll(axe(phone, "join form"));
        phone.locator(".bk-nickname input").fill("Fatima");
        phone.locator(".bk-join-button").click();
        assertThat(phone.locator(".bk-card-text")).isVisible();
        problems.addAll(axe(phone, "phone with a card"));
        phone.locator(".bk-support-offer").click();
        assertThat(phone.locator(".bk-topic").first()).isVisible();
        problems.addAll(axe(phone, "phone making an offer"));

        Page arabic = chromium.page(390, 844, "ar");
        arabic.navigate(app.url("join/" + meeting.joinCode()));
        assertThat(arabic.locator("html")).hasAttribute("dir", "rtl");
        problems.addAll(axe(arabic, "join form in Arabic"));

        Page projector = chromium.projector();
        signIn(projector, "meeting/" + meeting.id() + "/projector");
        assertThat(projector.locator(".bk-answer-note").first()).isVisible();
        problems.addAll(axe(projector, "projector"));

        Page meetings = chromium.page(1366, 768);
        signIn(meetings, "");
        assertThat(meetings.locator(".bk-new-meeting")).isVisible();
        problems.addAll(axe(meetings, "facilitator's meetings"));

        Page control = chromium.phone();
        signIn(control, "meeting/" + meeting.id() + "/control");
        assertThat(control.locator(".bk-control")).isVisible();
        problems.addAll(axe(control, "control view"));

        assertThat(problems).as("serious or critical axe violations").isEmpty();
    }

    private Meeting openMeetingWithAnswers() {
        MeetingService meetings = app.bean(MeetingService.class);
        ParticipationService participation = app.bean(ParticipationService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond De Linde", List.of("kennismaken"), "nl");
        DrawnCard card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        Joined amina = participation.join(meeting.id(), "Amina");
        participation.answer(amina.token(), card.id(), "Mijn oma koos mijn naam.", true);
        Joined sam = participation.join(meeting.id(), "Sam");
        participation.answer(sam.token(), card.id(), "Geen idee, ik ga het vragen!", false);
        return meeting;
    }

    /** Runs axe on the page as it is now; returns its serious and critical violations, described. */
    static List<String> axe(Page page, String screen) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(screen + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList());
            }
        }
        Chromium.screenshot(page, "axe-" + screen.replace(' ', '-'));
        return found;
    }
}
