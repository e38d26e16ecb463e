package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import nl.buurtkaarten.cards.CardKind;
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
 * Readable from the back of the room, measured in Chromium at 1920×1080: the box of parents who
 * joined with 5, 40 and 250 parents (nothing cut in half, the newest always shown, the count right),
 * the answer notes and their hide button. "Readable" here: text at least 28 px on a 1080-line
 * projector (about a third of the card's 48 px), nothing clipped, controls fully opaque.
 */
class ProjectorReadabilityIT extends BrowserTest {

    static final double MIN_TEXT_PX = 28;

    /** Elements of a selector that are partly visible in their box: cut by its edge. */
    static final String CUT_IN_BOX = """
            ([box, item]) => {
              const outer = document.querySelector(box).getBoundingClientRect();
              const cut = [];
              document.querySelectorAll(item).forEach(element => {
                if (getComputedStyle(element).visibility === 'hidden') return;
                const r = element.getBoundingClientRect();
                const inside = r.top >= outer.top - 0.5 && r.bottom <= outer.bottom + 0.5
                    && r.left >= outer.left - 0.5 && r.right <= outer.right + 0.5;
                const outside = r.bottom <= outer.top || r.top >= outer.bottom || r.right <= outer.left || r.left >= outer.right;
                if (!inside && !outside) cut.push(element.textContent);
              });
              return cut;
            }""";

    static final String SHOWN_IN_BOX = """
            ([box, item]) => {
              const outer = document.querySelector(box).getBoundingClientRect();
              return [...document.querySelectorAll(item)].filter(element => {
                if (getComputedStyle(element).visibility === 'hidden') return false;
                const r = element.getBoundingClientRect();
                return r.width > 0 && r.top >= outer.top - 0.5 && r.bottom <= outer.bottom + 0.5
                    && r.left >= outer.left - 0.5 && r.right <= outer.right + 0.5;
              }).map(element => element.textContent);
            }""";

    @Test
    void whoJoinedStaysReadableWith5And40And250Parents() {
        MeetingService meetings = app.bean(MeetingService.class);
        ParticipationService participation = app.bean(ParticipationService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond De Linde", List.of("kennismaken"), "nl");
        meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        Page projector = chromium.projector();
        signIn(projector, "meeting/" + meeting.id() + "/projector");

        int joined = 0;
        for (int total : new int[] {5, 40, 250}) {
            for (; joined < total; joined++) {
                // Long and short names mixed, as in a real hall; every tenth one as long as allowed.
                participation.join(
                        meeting.id(), joined % 10 == 9 ? "Ouder met een lange naam " + joined : "Ouder " + joined);
            }
            String newest = joined % 10 == 0 ? "Ouder met een lange naam " + (joined - 1) : "Ouder " + (joined - 1);
            assertThat(projector.locator(".bk-participants-count")).hasText(total + " ouders doen mee");
            Chromium.screenshot(projector, "projector-" + total + "-parents");

            @SuppressWarnings("unchecked")
            List<String> cut =
                    (List<String>) projector.evaluate(CUT_IN_BOX, List.of(".bk-participants", ".bk-participant-name"));
            assertThat(cut)
                    .as("names cut by the edge of the box with %d parents", total)
                    .isEmpty();
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>)
                    projector.evaluate(SHOWN_IN_BOX, List.of(".bk-participants", ".bk-participant-name"));
            assertThat(shown)
                    .as("names shown whole with %d parents", total)
                    .hasSizeGreaterThanOrEqualTo(Math.min(total, 5))
                    .contains(newest);
            assertThat(fontSize(projector, ".bk-participant-name"))
                    .as("name size")
                    .isGreaterThanOrEqualTo(MIN_TEXT_PX - 4);
            assertThat(fontSize(projector, ".bk-participants-count"))
                    .as("count size")
                    .isGreaterThanOrEqualTo(MIN_TEXT_PX);
        }
    }

    @Test
    void answerNotesAreLargeNeverCutAndTheirHideButtonIsPlain() {
        MeetingService meetings = app.bean(MeetingService.class);
        ParticipationService participation = app.bean(ParticipationService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond De Linde", List.of("kennismaken"), "nl");
        DrawnCard card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        while (card.kind() == CardKind.STATEMENT) {
            card = meetings.drawNext(meeting.id(), RunningApp.USERNAME, null);
        }
        long drawId = card.id();
        List<Joined> parents = IntStream.range(0, 20)
                .mapToObj(i -> participation.join(meeting.id(), "Ouder " + i))
                .toList();
        for (int i = 0; i < parents.size(); i++) {
            String text = i % 3 == 0
                    ? "Antwoord " + i
                            + ": bij ons in de straat passen we om de beurt op elkaars kinderen, en op woensdag koken we samen."
                    : "Antwoord " + i;
            participation.answer(parents.get(i).token(), drawId, text, i % 4 == 0);
        }
        Page projector = chromium.projector();
        signIn(projector, "meeting/" + meeting.id() + "/projector");
        assertThat(projector.locator(".bk-answer-note").first()).containsText("Antwoord 19");
        Chromium.screenshot(projector, "projector-answers");

        assertThat(fontSize(projector, ".bk-answer-text"))
                .as("answer text size")
                .isGreaterThanOrEqualTo(MIN_TEXT_PX);
        assertThat(fontSize(projector, ".bk-answer-name"))
                .as("name under an answer")
                .isGreaterThanOrEqualTo(MIN_TEXT_PX - 4);
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) projector.evaluate(CUT_IN_BOX, List.of(".bk-answer-wall", ".bk-answer-note"));
        assertThat(cut).as("notes cut by the edge of the wall").isEmpty();
        assertThat(projector.locator(".bk-answers-count")).hasText("20 antwoorden");

        @SuppressWarnings("unchecked")
        Map<String, Object> hide = (Map<String, Object>)
                projector.locator(".bk-answer-hide").first().evaluate("""
                button => { const style = getComputedStyle(button); const r = button.getBoundingClientRect();
                  return {opacity: parseFloat(style.opacity), width: r.width, height: r.height}; }""");
        assertThat(((Number) hide.get("opacity")).doubleValue())
                .as("hide button opacity")
                .isEqualTo(1.0);
        assertThat(((Number) hide.get("width")).doubleValue())
                .as("hide button width")
                .isGreaterThanOrEqualTo(44);
        assertThat(((Number) hide.get("height")).doubleValue())
                .as("hide button height")
                .isGreaterThanOrEqualTo(44);
    }

    @Test
    void theNetworkPictureIsReadableOnTheProjectorAndInTheControlView() {
        MeetingService meetings = app.bean(MeetingService.class);
        ParticipationService participation = app.bean(ParticipationService.class);
        SupportService support = app.bean(SupportService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond De Linde", List.of("kennismaken"), "nl");
        List<Joined> parents = IntStream.range(0, 8)
                .mapToObj(i -> participation.join(meeting.id(), "Ouder " + i))
                .toList();
        for (int i = 0; i < parents.size(); i++) {
            var topic = i % 2 == 0 ? Topic.BABYSITTING : Topic.HOMEWORK;
            support.add(
                    meeting.id(),
                    parents.get(i).token(),
                    new SupportDraft(Direction.OFFER, null, topic, null, Set.of(), null, null));
            support.add(
                    meeting.id(),
                    parents.get((i + 3) % parents.size()).token(),
                    new SupportDraft(Direction.REQUEST, null, topic, null, Set.of(), null, null));
        }
        meetings.setSummaryVisible(meeting.id(), RunningApp.USERNAME, true);
        Page projector = chromium.projector();
        signIn(projector, "meeting/" + meeting.id() + "/projector");
        assertThat(projector.locator(".bk-summary-picture")).isVisible();
        Chromium.screenshot(projector, "projector-network");
        assertThat(pictureNameSize(projector))
                .as("names in the network picture on the projector, px")
                .isGreaterThanOrEqualTo(24);

        Page control = chromium.phone();
        signIn(control, "meeting/" + meeting.id() + "/control");
        control.locator(".bk-control-summary-section vaadin-details-summary").click();
        assertThat(control.locator(".bk-summary-picture")).isVisible();
        Chromium.screenshot(control, "control-network");
        assertThat(pictureNameSize(control))
                .as("names in the network picture in the control view, px")
                .isGreaterThanOrEqualTo(20);
        Number overflow = (Number)
                control.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object wide = control.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.')
                        + ' in ' + (e.parentElement.closest('[class]') || e.parentElement).className
                        + ' "' + e.textContent.trim().substring(0, 40) + '" ends at '
                        + Math.round(e.getBoundingClientRect().right) + ' px')
                    .join('; ')""");
        assertThat(overflow.intValue())
                .as("the page itself does not scroll sideways (sticking out: %s)", wide)
                .isLessThanOrEqualTo(0);
    }

    /** The rendered size of the names in the picture: their size in the SVG times the scale the image is drawn at. */
    static double pictureNameSize(Page page) {
        return ((Number) page.locator(".bk-summary-picture").evaluate("""
                image => {
                  const svg = atob(image.src.substring(image.src.indexOf(',') + 1));
                  const box = svg.match(/viewBox="0 0 (\\d+) (\\d+)"/);
                  const size = parseFloat(svg.match(/<text[^>]*font-size="(\\d+)"/)[1]);
                  const scale = Math.min(image.clientWidth / box[1], image.clientHeight / box[2]);
                  return size * scale;
                }""")).doubleValue();
    }

    static double fontSize(Page page, String selector) {
        return ((Number) page.locator(selector)
                        .first()
                        .evaluate("element => parseFloat(getComputedStyle(element).fontSize)"))
                .doubleValue();
    }
}
