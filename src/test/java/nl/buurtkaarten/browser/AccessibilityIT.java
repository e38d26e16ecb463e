package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    static final String SMALL_TARGETS = """
            () => [...document.querySelectorAll('vaadin-button, vaadin-checkbox, vaadin-select, vaadin-text-field, vaadin-text-area,'
                    + ' vaadin-radio-button, vaadin-details-summary, a[href], button, input[type=checkbox], input[type=radio]')]
                .filter(element => element.offsetParent !== null)
                .filter(element => !element.parentElement.closest('vaadin-checkbox, vaadin-radio-button, vaadin-text-field, vaadin-text-area, vaadin-select'))
                .map(element => ({element, box: element.getBoundingClientRect()}))
                .filter(({box}) => box.width < 44 || box.height < 44)
                .map(({element, box}) => element.localName + '.' + [...element.classList].join('.') + ' "'
                    + (element.innerText || element.getAttribute('aria-label') || '').trim().slice(0, 30) + '" '
                    + Math.round(box.width) + 'x' + Math.round(box.height))
            """;

    /** Picture buttons whose word does not fit: words are never broken there, so a long one sticks out. */
    static final String WORDS_TOO_WIDE = """
            () => [...document.querySelectorAll('.bk-picture-button')]
                .filter(button => button.offsetParent !== null && button.scrollWidth > button.clientWidth + 1)
                .map(button => '"' + button.innerText.trim().replace(/\\s+/g, ' ') + '" needs ' + button.scrollWidth + ' px of '
                    + button.clientWidth)
            """;

    static final String HORIZONTAL_OVERFLOW =
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    @Test
    void phoneScreensHaveLargeTargetsAndFitA320PixelWideScreen() {
        Meeting meeting = openMeetingWithAnswers();
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {390, 320}) {
            Page join = chromium.page(width, 640);
            join.navigate(app.url("join"));
            assertThat(join.locator(".bk-code-field")).isVisible();
            problems.addAll(check(join, width + " join"));

            Page phone = chromium.page(width, 640);
            phone.navigate(app.url("join/" + meeting.joinCode()));
            assertThat(phone.locator(".bk-nickname")).isVisible();
            problems.addAll(check(phone, width + " join form"));
            phone.locator(".bk-nickname input").fill("Fatima " + width);
            phone.locator(".bk-join-button").click();
            assertThat(phone.locator(".bk-card-text")).isVisible();
            problems.addAll(check(phone, width + " phone with a card"));
            phone.locator(".bk-support-offer").click();
            assertThat(phone.locator(".bk-topic").first()).isVisible();
            problems.addAll(check(phone, width + " phone making an offer"));
            Chromium.screenshot(phone, "phone-offer-" + width);
        }
        assertThat(problems)
                .as("touch targets under 44x44 px, words that do not fit, or pages wider than the screen")
                .isEmpty();
    }

    /** The low-literacy mode's own screens in all five languages: reaction pictures, read-aloud, topic and part-of-day pictures. */
    @Test
    void lowLiteracyScreensHaveLargeTargetsAndFitA320PixelWideScreenToo() {
        MeetingService meetings = app.bean(MeetingService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond Makkelijk", List.of("kennismaken"), "nl");
        DrawnCard card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        while (card.kind() != CardKind.STATEMENT) {
            card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        }
        List<String> problems = new ArrayList<>();
        for (String language : List.of("nl", "en", "ar", "tr", "pl")) {
            for (int width : new int[] {390, 320}) {
                problems.addAll(lowLiteracyScreens(meeting, language, width));
            }
        }
        assertThat(problems)
                .as("touch targets under 44x44 px, words that do not fit, or pages wider than the screen")
                .isEmpty();
    }

    private List<String> lowLiteracyScreens(Meeting meeting, String language, int width) {
        List<String> problems = new ArrayList<>();
        Page phone = chromium.page(width, 640, language);
        phone.navigate(app.url("join/" + meeting.joinCode()));
        phone.locator(".bk-easy-switch").click();
        assertThat(phone.locator(".bk-easy-switch")).hasAttribute("aria-pressed", "true");
        String screen = width + " " + language + " low-literacy";
        problems.addAll(check(phone, screen + " join form"));
        phone.locator(".bk-nickname input").fill("Amal " + language + " " + width);
        phone.locator(".bk-join-button").click();
        assertThat(phone.locator(".bk-reaction vaadin-icon")).hasCount(3);
        Chromium.awaitPicturesDrawn(phone, ".bk-reaction vaadin-icon");
        problems.addAll(check(phone, screen + " statement card"));
        phone.locator(".bk-reactions").scrollIntoViewIfNeeded();
        Chromium.screenshot(phone, "phone-easy-card-" + language + "-" + width);
        phone.locator(".bk-support-offer").click();
        assertThat(phone.locator(".bk-part-picture").first()).isVisible();
        problems.addAll(check(phone, screen + " offer"));
        phone.locator(".bk-part-pictures").scrollIntoViewIfNeeded();
        Chromium.screenshot(phone, "phone-easy-offer-" + language + "-" + width);
        return problems;
    }

    private static List<String> check(Page page, String screen) {
        List<String> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate(SMALL_TARGETS);
        small.forEach(target -> found.add(screen + ": small target " + target));
        @SuppressWarnings("unchecked")
        List<String> tooWide = (List<String>) page.evaluate(WORDS_TOO_WIDE);
        tooWide.forEach(word -> found.add(screen + ": word does not fit its picture button " + word));
        Number overflow = (Number) page.evaluate(HORIZONTAL_OVERFLOW);
        if (overflow.intValue() > 0) {
            found.add(screen + ": " + overflow + " px wider than the screen");
        }
        return found;
    }

    /** The longest card a deck may hold (200 characters), with long words: the hardest case for the projector. */
    static final String LONGEST_CARD =
            ("Denk aan een moment waarop een buurvrouw, een opa of een andere ouder jouw kind "
                            + "hielp zonder dat je het vroeg. Wat deed die persoon precies, en wat zou jij zelf willen teruggeven aan de buurt "
                            + "waarin jullie samen wonen en opgroeien?")
                    .substring(0, 200);

    @Test
    void theProjectorShowsEvenTheLongestCardLargeSharpAndWithoutScrolling(@TempDir Path cards) throws IOException {
        Files.createDirectories(cards.resolve("lang"));
        Files.writeString(cards.resolve("lang/deck.yaml"), """
                id: lang
                version: 1
                title:
                  nl: "Lange kaart"
                cards:
                  - id: lang-01
                    kind: question
                    theme: opvoeden
                    support: practical
                    text:
                      nl: "%s"
                """.formatted(LONGEST_CARD));
        app.stop();
        app.with("--buurtkaarten.cards-dir=" + cards.toAbsolutePath()).start();
        MeetingService meetings = app.bean(MeetingService.class);
        ParticipationService participation = app.bean(ParticipationService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond De Linde", List.of("lang"), "nl");

        Page projector = chromium.projector();
        signIn(projector, "meeting/" + meeting.id() + "/projector");
        // Keyboard only: Tab reaches the draw button, its focus is visible, Enter draws.
        Locator next = projector
                .locator(".bk-projector-footer vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Volgende kaart"));
        for (int tab = 0; tab < 30 && !(Boolean) next.evaluate("button => button === document.activeElement"); tab++) {
            projector.keyboard().press("Tab");
        }
        assertThat(next).isFocused();
        assertThat(next).hasAttribute("focus-ring", "");
        String ring = (String)
                next.evaluate(
                        "button => { const style = getComputedStyle(button);"
                                + " return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'outline' : style.boxShadow; }");
        assertThat(ring).as("a visible focus ring").isNotIn("none", "");
        Chromium.screenshot(projector, "projector-focus");
        projector.keyboard().press("Enter");
        assertThat(projector.locator(".bk-card-text")).hasText(LONGEST_CARD);

        DrawnCard card = meetings.currentCard(meeting.id()).orElseThrow();
        for (int parent = 1; parent <= 14; parent++) {
            Joined joined = participation.join(meeting.id(), "Ouder " + parent);
            participation.answer(
                    joined.token(),
                    card.id(),
                    "Mijn buurvrouw haalde mijn zoon op toen ik ziek was, dat vergeet ik nooit meer. " + parent,
                    false);
        }
        assertThat(projector.locator(".bk-answer-note")).hasCount(12);

        double fontSize = (Double)
                projector.locator(".bk-card-text").evaluate("text => parseFloat(getComputedStyle(text).fontSize)");
        assertThat(fontSize).as("card text size in px at 1920x1080").isGreaterThanOrEqualTo(48);
        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) projector.evaluate("""
                () => { const text = document.querySelector('.bk-card-text'); const box = text.getBoundingClientRect();
                  return {bottom: box.bottom, clipped: text.scrollHeight > text.clientHeight + 1,
                          pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1}; }""");
        assertThat(((Number) fit.get("bottom")).doubleValue())
                .as("bottom of the card text")
                .isLessThanOrEqualTo(1080);
        assertThat(fit.get("clipped")).as("card text clipped").isEqualTo(false);
        assertThat(fit.get("pageScrolls")).as("projector page scrolls").isEqualTo(false);
        Chromium.screenshot(projector, "projector-longest-card");

        AxeResults contrast = new AxeBuilder(projector)
                .include(List.of(".bk-card"))
                .withRules(List.of("color-contrast-enhanced"))
                .analyze();
        assertThat(contrast.getViolations())
                .as("contrast under 7:1 on the card")
                .isEmpty();
        assertThat(contrast.getPasses())
                .as("the contrast rule looked at the card")
                .isNotEmpty();
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
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .limit(5)
                                .toList());
            }
        }
        Chromium.screenshot(page, "axe-" + screen.replace(' ', '-'));
        return found;
    }
}
