package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's multi-node test: two app nodes on one PostgreSQL behind HAProxy (the shipped configuration), a
 * projector on node A, a control view on node B, phones on both. Draw, answer, hide and the summary reach every
 * screen on the other node; then node A is killed ({@code kill -9}) mid-meeting and every phone and the
 * projector carry on on node B, as the same parent on the current card, with nothing lost that was
 * acknowledged and the draft a parent was typing put back. Runs when the tests get a PostgreSQL server
 * ({@code src/test/scripts/postgresql.sh verify ...}, as {@code .ci/run} does); on H2 there is one node only.
 *
 * <p>Which node a browser lands on is HAProxy's sticky cookie ({@code BKNODE}); the test gives each browser
 * that cookie before its first request, as if the balancer had chosen, so the split is known.
 */
@EnabledIf("nl.buurtkaarten.browser.TwoNodes#postgresqlIsGiven")
class TwoNodesIT {

    private static final Pattern PROJECTOR = Pattern.compile(".*/meeting/\\d+/projector$");
    private static final LocatorAssertions.HasTextOptions WITHIN_5S =
            new LocatorAssertions.HasTextOptions().setTimeout(5_000);

    @TempDir
    Path dir;

    private TwoNodes nodes;
    private Chromium chromium;

    @BeforeEach
    void moreTimeForAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterEach
    void stop() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
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
            if (chromium != null) {
                chromium.close();
            }
            if (nodes != null) {
                nodes.close();
            }
        }
    }

    @Test
    void aMeetingAcrossTwoNodesCarriesOnWhenOneDies() throws Exception {
        nodes = new TwoNodes(dir);
        nodes.start();
        chromium = new Chromium();

        Page projector = on("a", chromium.projector());
        projector.navigate(nodes.url("login"));
        signIn(projector);
        projector.locator(".bk-new-meeting vaadin-text-field input").fill("Buurtavond over twee machines");
        projector
                .locator(".bk-new-meeting vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Samen opvoeden in de buurt"))
                .click();
        projector.locator(".bk-open-meeting").click();
        projector.waitForURL(PROJECTOR);
        String code = projector.locator(".bk-join-code").innerText().replace("-", "");
        String meetingPath = projector.url().replaceFirst("^https?://[^/]+/", "");

        Map<String, String> nodeOf = new LinkedHashMap<>();
        nodeOf.put("Amina", "a");
        nodeOf.put("Noor", "a");
        nodeOf.put("Joost", "b");
        nodeOf.put("Sam", "b");
        Map<String, Page> phones = new LinkedHashMap<>();
        for (var parent : nodeOf.entrySet()) {
            Page phone = on(parent.getValue(), chromium.phone());
            phone.navigate(nodes.url("join/" + code));
            phone.locator(".bk-nickname input").fill(parent.getKey());
            phone.locator(".bk-join-button").click();
            assertThat(phone.locator(".bk-phone-who")).hasText("Je doet mee als " + parent.getKey());
            phones.put(parent.getKey(), phone);
        }
        // Joins on node B reach the projector on node A.
        assertThat(projector.locator(".bk-participants-count")).hasText("4 ouders doen mee", WITHIN_5S);

        // The facilitator's second device, a control view on node B.
        Page control = on("b", chromium.phone());
        control.navigate(nodes.url(meetingPath.replace("/projector", "/control")));
        signIn(control);
        assertThat(control.locator(".bk-control")).isVisible();
        assertThat(nodeOfPage(projector)).isEqualTo("a");
        assertThat(nodeOfPage(control)).isEqualTo("b");

        // Draw on node A: every phone on both nodes and the control view on B show the card.
        List<Page> everyone = new ArrayList<>(phones.values());
        everyone.add(control);
        Latency draw = Latency.watch(
                        everyone,
                        "document.querySelector('.bk-card-text') !== null"
                                + " && !document.querySelector('.bk-card-text').textContent.startsWith('Zo meteen')")
                .startAtInputIn(projector);
        projector.keyboard().press("ArrowRight");
        assertThat(projector.locator(".bk-card-text")).not().hasText("Zo meteen komt de eerste kaart.");
        String card = projector.locator(".bk-card-text").innerText();
        for (Page phone : phones.values()) {
            assertThat(phone.locator(".bk-card-text")).hasText(card, WITHIN_5S);
        }
        draw.report("two nodes: a draw on A reached 4 phones (2 on A, 2 on B) and the control view on B");

        // Answers from both nodes reach the projector on A and the control view on B.
        for (String parent : List.of("Joost", "Amina", "Sam")) {
            Page phone = phones.get(parent);
            int before = (int) projector.locator(".bk-answer-note").count();
            phone.locator(".bk-answer-field textarea").fill("Antwoord van " + parent + ": samen naar het park.");
            Latency answer = Latency.watch(
                            List.of(projector, control),
                            "document.querySelectorAll('.bk-answer-note').length === " + (before + 1)
                                    + " || document.querySelectorAll('.bk-control-answer').length === "
                                    + (before + 1))
                    .startAtInputIn(phone);
            phone.locator(".bk-send").click();
            assertThat(projector.locator(".bk-answer-note")).hasCount(before + 1);
            assertThat(control.locator(".bk-control-answer")).hasCount(before + 1);
            answer.report("two nodes: the answer of " + parent + " (node " + nodeOf.get(parent)
                    + ") reached the projector on A and the control view on B");
            assertThat(phone.locator(".bk-own-text")).hasText("Antwoord van " + parent + ": samen naar het park.");
        }

        // Hiding on B takes the answer off the projector on A; the parent's phone on B says it is hidden.
        Latency hide = Latency.watch(projector, "document.querySelectorAll('.bk-answer-note').length === 2")
                .startAtInputIn(control);
        control.locator(".bk-control-answer")
                .filter(new Locator.FilterOptions().setHasText("Antwoord van Sam"))
                .locator(".bk-hide-answer")
                .click();
        assertThat(projector.locator(".bk-answer-note")).hasCount(2);
        hide.report("two nodes: an answer hidden on B left the projector on A");
        assertThat(phones.get("Sam").locator(".bk-own-hidden")).isVisible();

        // Offers and requests across the nodes, then the summary on every screen.
        offerOrAsk(phones.get("Amina"), ".bk-support-offer", "BABYSITTING");
        offerOrAsk(phones.get("Joost"), ".bk-support-request", "BABYSITTING");
        assertThat(projector.locator(".bk-support-chart-title"))
                .containsText("1 keer aanbod", new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
        Latency summary = Latency.watch(
                        List.of(phones.get("Amina"), phones.get("Joost")),
                        "document.querySelector('.bk-personal-summary') !== null")
                .startAtInputIn(projector);
        projector.keyboard().press("w");
        assertThat(projector.locator(".bk-summary")).containsText("Amina kan Joost helpen met oppassen");
        assertThat(phones.get("Amina").locator(".bk-personal-summary")).containsText("Joost, met oppassen");
        assertThat(phones.get("Joost").locator(".bk-personal-summary")).containsText("Amina, met oppassen");
        summary.report("two nodes: the summary shown on A reached the phones on A and B");
        Chromium.screenshot(projector, "two-nodes-projector-summary");
        projector.keyboard().press("w");
        assertThat(projector.locator(".bk-summary")).isHidden();
        assertThat(projector.locator(".bk-card-text")).hasText(card);

        // Noor, on node A, is typing an answer she has not sent yet when node A dies.
        Page noor = phones.get("Noor");
        noor.locator(".bk-answer-field textarea").fill("Wat ik nog aan het typen was");
        projector.evaluate("window.bkBeforeKill = true");
        nodes.killNodeA();
        long killed = System.nanoTime();

        // The projector comes back by itself on node B, signed in by its remembered device, on the same card.
        projector.waitForFunction(
                "() => window.bkBeforeKill === undefined && document.querySelector('.bk-card-text') !== null",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(projector.locator(".bk-card-text")).hasText(card);
        assertThat(projector).hasURL(PROJECTOR);
        assertThat(projector.locator("vaadin-login-form")).hasCount(0);
        double projectorBack = (System.nanoTime() - killed) / 1e9;
        assertThat(nodeOfPage(projector)).isEqualTo("b");

        // Each phone of node A is back as the same parent, with what was acknowledged and what was being typed.
        Map<String, Double> phonesBack = new LinkedHashMap<>();
        for (String parent : List.of("Amina", "Noor")) {
            Page phone = phones.get(parent);
            assertThat(phone.locator(".bk-phone-who"))
                    .hasText("Je doet mee als " + parent, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(phone.locator(".bk-card-text")).hasText(card);
            phonesBack.put(parent, (System.nanoTime() - killed) / 1e9);
            assertThat(nodeOfPage(phone)).isEqualTo("b");
        }
        assertThat(phones.get("Amina").locator(".bk-own-text")).hasText("Antwoord van Amina: samen naar het park.");
        assertThat(phones.get("Amina").locator(".bk-support-item")).hasCount(1);
        assertThat(noor.locator(".bk-answer-field textarea")).hasValue("Wat ik nog aan het typen was");
        assertThat(projector.locator(".bk-answer-note")).hasCount(2);
        System.out.printf(
                "[measured] two nodes, node A killed: projector back on B by itself after %.1f s; phones of A back %s s after the kill%n",
                projectorBack, phonesBack);

        // The meeting goes on: Noor sends what she typed, the next card reaches every phone and the control view.
        noor.locator(".bk-send").click();
        assertThat(projector.locator(".bk-answer-note")).hasCount(3);
        Latency after = Latency.watch(
                        everyone, "document.querySelector('.bk-card-text')?.textContent !== " + quoted(card))
                .startAtInputIn(projector);
        projector.keyboard().press("ArrowRight");
        assertThat(projector.locator(".bk-card-text")).not().hasText(card);
        String next = projector.locator(".bk-card-text").innerText();
        for (var phone : phones.entrySet()) {
            assertThat(phone.getValue().locator(".bk-card-text")).hasText(next, WITHIN_5S);
            assertThat(phone.getValue().locator(".bk-phone-who")).hasText("Je doet mee als " + phone.getKey());
        }
        assertThat(control.locator(".bk-card-text")).hasText(next, WITHIN_5S);
        after.report("two nodes: after node A died, a draw reached every phone and the control view on B");
        Chromium.screenshot(projector, "two-nodes-projector-after-kill");
        Chromium.screenshot(noor, "two-nodes-phone-after-kill");

        // Issue 14's target is 10 s for the app as it is run (the production build, -Dtwo-nodes.jar=...). With the
        // test classes, each page that comes back loads Vaadin's development bundle, three at once on the
        // test machine's cores beside two nodes, HAProxy and the build: as in MeetingFlowIT, twice the target.
        double limit = TwoNodes.PRODUCTION_JAR.isEmpty() ? 20 : 10;
        assertThat(projectorBack).as("seconds until the projector was back").isLessThanOrEqualTo(limit);
        assertThat(phonesBack.values())
                .as("seconds until each phone of node A was back")
                .allMatch(seconds -> seconds <= limit);
    }

    /**
     * The browser gets HAProxy's sticky cookie for that node, as if the balancer had chosen it. Two app nodes,
     * HAProxy and six browsers share the test machine's cores: pages get more time than in the other tests.
     */
    private static Page on(String node, Page page) {
        page.context()
                .addCookies(List.of(
                        new Cookie("BKNODE", node).setDomain("localhost").setPath("/")));
        page.context().setDefaultTimeout(30_000);
        return page;
    }

    private static String nodeOfPage(Page page) {
        return page.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("BKNODE"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("?");
    }

    private static void signIn(Page page) {
        page.locator("vaadin-login-form input[name=username]").fill(TwoNodes.USERNAME);
        page.locator("vaadin-login-form input[name=password]").fill(TwoNodes.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private static void offerOrAsk(Page phone, String start, String topic) {
        int before = phone.locator(".bk-support-item").count();
        phone.locator(start).click();
        phone.locator(".bk-topic[data-topic=" + topic + "]").click();
        phone.locator(".bk-support-save").click();
        assertThat(phone.locator(".bk-support-item")).hasCount(before + 1);
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }
}
