package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;

/**
 * At least 200 script payloads go in through every kind of text parents and facilitators type
 * (title, nicknames, answers, own topics, notes, areas), and are then shown on the projector, the
 * control view, the summary and a phone in a real browser: none may run.
 */
class XssIT extends BrowserTest {

    private static final String MARK = "window.__xss=1";

    static List<String> payloads() {
        List<String> templates = List.of(
                "<script>" + MARK + "</script>",
                "<img src=x onerror=" + MARK + ">",
                "<svg onload=" + MARK + ">",
                "\"><script>" + MARK + "</script>",
                "'><img src=x onerror=" + MARK + ">",
                "<iframe src=javascript:" + MARK + ">",
                "<body onload=" + MARK + ">",
                "<a href=javascript:" + MARK + ">x</a>",
                "<details open ontoggle=" + MARK + ">",
                "<math><mtext><img src=x onerror=" + MARK + ">",
                "{{constructor.constructor('" + MARK + "')()}}",
                "${" + MARK + "}",
                "<input autofocus onfocus=" + MARK + ">",
                "<video><source onerror=" + MARK + ">",
                "<object data=javascript:" + MARK + ">",
                "<style onload=" + MARK + "></style>",
                "<marquee onstart=" + MARK + ">",
                "<div style=\"background:url(javascript:" + MARK + ")\">",
                "javascript:" + MARK,
                "<scr<script>ipt>" + MARK + "</script>");
        // Variant by variant, so that the last answers (the ones the projector shows) hold every kind of payload.
        List<UnaryOperator<String>> variants = List.of(
                template -> template,
                template -> template.toUpperCase(Locale.ROOT).replace("WINDOW.__XSS=1", MARK),
                template -> "Hallo " + template,
                template -> template + " doei",
                template -> template.replace("<", "<\n"),
                template -> template.replace(" ", "\t"),
                template -> "&lt;" + template + "&gt;",
                template -> template.replace("=", " = "),
                template -> "<!--" + template + "-->",
                template -> "<p>" + template + "</p>");
        List<String> payloads = new ArrayList<>();
        for (var variant : variants) {
            for (String template : templates) {
                payloads.add(variant.apply(template));
            }
        }
        return payloads;
    }

    @Test
    void noneOfTwoHundredPayloadsRunsAnywhere() {
        List<String> payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(200);
        MeetingService meetings = app.bean(MeetingService.class);
        ParticipationService participation = app.bean(ParticipationService.class);
        SupportService support = app.bean(SupportService.class);
        Meeting meeting = meetings.open(
                RunningApp.USERNAME, "<img src=x onerror=" + MARK + "> avond", List.of("buurt-starter"), "nl");
        List<String> areas = support.setAreas(
                meeting.id(),
                RunningApp.USERNAME,
                payloads.stream().filter(p -> p.length() <= 60).limit(30).toList());
        DrawnCard card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        List<String> shortOnes = payloads.stream()
                .filter(p -> p.strip().replaceAll("\\s+", " ").length() <= 30)
                .distinct()
                .toList();
        int answered = 0;
        for (int parent = 0; answered < payloads.size(); parent++) {
            String nickname = parent < shortOnes.size() ? shortOnes.get(parent) : "Ouder " + parent;
            Joined joined;
            try {
                joined = participation.join(meeting.id(), nickname);
            } catch (RuntimeException duplicate) {
                joined = participation.join(meeting.id(), "Ouder " + parent);
            }
            for (int i = 0; i < 10 && answered < payloads.size(); i++, answered++) {
                participation.answer(joined.token(), card.id(), payloads.get(answered), answered % 2 == 0);
            }
            String other = payloads.get(parent % payloads.size());
            support.add(
                    meeting.id(),
                    joined.token(),
                    new SupportDraft(
                            parent % 2 == 0 ? Direction.OFFER : Direction.REQUEST,
                            null,
                            Topic.OTHER,
                            other.length() > 60 ? other.substring(0, 60) : other,
                            Set.of(),
                            areas.get(parent % areas.size()),
                            payloads.get((parent * 7) % payloads.size())));
        }
        meetings.setSummaryVisible(meeting.id(), RunningApp.USERNAME, false);

        List<String> dialogs = new CopyOnWriteArrayList<>();
        Page projector = chromium.projector();
        projector.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signIn(projector, "meeting/" + meeting.id() + "/projector");
        assertThat(projector.locator(".bk-answer-note").first()).isVisible();
        assertThat(projector.locator(".bk-answer-wall")).containsText("<");
        assertNothingRan(projector);

        Page control = chromium.phone();
        control.onDialog(dialog -> dialogs.add(dialog.message()));
        signIn(control, "meeting/" + meeting.id() + "/control");
        assertThat(control.locator(".bk-control-answer").first()).isVisible();
        control.locator(".bk-control-summary-section vaadin-details-summary").click();
        control.locator(".bk-control-participants vaadin-details-summary").click();
        control.locator(".bk-areas vaadin-details-summary").click();
        assertThat(control.locator(".bk-summary")).isVisible();
        assertNothingRan(control);

        projector.keyboard().press("w");
        assertThat(projector.locator(".bk-summary")).isVisible();
        assertNothingRan(projector);

        Page phone = chromium.phone();
        phone.onDialog(dialog -> dialogs.add(dialog.message()));
        phone.navigate(app.url("join/" + meeting.joinCode()));
        // 30 characters at most: the name field says so rather than cutting it off.
        phone.locator(".bk-nickname input").fill("<b onclick=" + MARK + ">S");
        phone.locator(".bk-join-button").click();
        phone.locator(".bk-answer-field textarea").fill("<img src=x onerror=" + MARK + ">");
        phone.locator(".bk-send").click();
        assertThat(phone.locator(".bk-own-text")).hasText("<img src=x onerror=" + MARK + ">");
        assertThat(phone.locator(".bk-personal-summary")).isVisible();
        assertNothingRan(phone);

        assertThat(dialogs).isEmpty();
        System.out.printf(
                "[measured] %d script payloads shown on projector, control view, summary and phone; none ran%n",
                payloads.size());
    }

    private static void assertNothingRan(Page page) {
        page.waitForTimeout(300);
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    }
}
