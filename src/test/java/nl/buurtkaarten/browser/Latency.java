package nl.buurtkaarten.browser;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Measures how long a change takes to show in other browsers, timed inside those browsers: each
 * watched page notes the moment its DOM first meets a condition (a MutationObserver), so the figure
 * does not depend on how often the test polls. Prints figures; asserts nothing about time.
 */
final class Latency {

    private final List<Page> pages;
    private final String condition;
    private long startedAt;

    /** @param condition a JavaScript expression that becomes true when the change is visible */
    private Latency(List<Page> pages, String condition) {
        this.pages = pages;
        this.condition = condition;
        for (Page page : pages) {
            page.evaluate(
                    "() => { window.__bkSeenAt = null;"
                            + " const check = () => { if (window.__bkSeenAt === null && (" + condition
                            + ")) window.__bkSeenAt = Date.now(); };"
                            + " window.__bkObserver?.disconnect();"
                            + " window.__bkObserver = new MutationObserver(check);"
                            + " window.__bkObserver.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true}); }");
        }
    }

    static Latency watch(List<Page> pages, String condition) {
        return new Latency(pages, condition);
    }

    static Latency watch(Page page, String condition) {
        return new Latency(List.of(page), condition);
    }

    private Page actor;

    /** Call right before the action whose effect is watched. */
    Latency start() {
        startedAt = System.currentTimeMillis();
        return this;
    }

    /**
     * Starts the clock when the acting page sees the user's click or key press, so that the figure
     * leaves out the time the test tool takes to find and press the button.
     */
    Latency startAtInputIn(Page actingPage) {
        actor = actingPage;
        actingPage.evaluate("() => { window.__bkInputAt = null;"
                + " const note = () => { if (window.__bkInputAt === null) window.__bkInputAt = Date.now(); };"
                + " document.addEventListener('click', note, {capture: true, once: true});"
                + " document.addEventListener('keydown', note, {capture: true, once: true}); }");
        return start();
    }

    /** Call after the test has seen the change everywhere; prints the slowest page's figure. */
    long report(String what) {
        if (actor != null && actor.evaluate("() => window.__bkInputAt") instanceof Number at) {
            startedAt = at.longValue();
        }
        long slowest = 0;
        for (Page page : pages) {
            Object seen = page.evaluate("() => window.__bkSeenAt");
            if (seen instanceof Number at) {
                slowest = Math.max(slowest, at.longValue() - startedAt);
            }
        }
        System.out.printf("[measured] %s: %d ms%n", what, slowest);
        return slowest;
    }
}
