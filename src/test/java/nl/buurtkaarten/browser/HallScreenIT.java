package nl.buurtkaarten.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.buurtkaarten.live.LiveReadTokens;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import org.junit.jupiter.api.Test;

/**
 * The hall screen on a second display and the remote in the facilitator's hand, both on the live API
 * only, beside the projector and a parent's phone: the facilitator makes the read token on the control
 * view and opens the hall screen's link from it, steers from the remote, and the app restarts under them.
 */
class HallScreenIT extends BrowserTest {

    /** The budget for the hall screen's first load, on the wire (compressed, headers included). */
    static final long FIRST_LOAD_BUDGET = 50 * 1024;

    private static final LocatorAssertions.HasTextOptions WITHIN_5S =
            new LocatorAssertions.HasTextOptions().setTimeout(5_000);

    @Test
    void theHallScreenAndTheRemoteFollowAndSteerAMeetingAlsoThroughARestart() {
        MeetingService meetings = app.bean(MeetingService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond De Linde", List.of("kennismaken"), "nl");
        Page projector = chromium.projector();
        signIn(projector, "meeting/" + meeting.id() + "/projector");
        assertThat(projector.locator(".bk-join-code")).hasText(meeting.displayCode());

        // The facilitator's phone: the control view makes the read token and offers both links.
        Page remote = chromium.phone();
        signIn(remote, "meeting/" + meeting.id() + "/control");
        remote.locator(".bk-live-api vaadin-details-summary").click();
        remote.locator(".bk-live-api vaadin-button", new Page.LocatorOptions().setHasText("Leessleutel maken"))
                .click();
        String hallLink = remote.locator(".bk-live-api-hall input").inputValue();
        remote.locator(".bk-live-api")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(Chromium.SCREENSHOTS.resolve("control-live-section.png")));
        assertThat(hallLink).startsWith(app.url("hall#meeting=" + meeting.id() + "&lang=nl&token="));
        String remoteLink = remote.locator(".bk-live-api-remote").getAttribute("href");
        assertThat(remoteLink).isEqualTo(app.url("hall/remote?meeting=" + meeting.id()));

        // The hall screen on a second display, its first load measured on the wire.
        Page hall = chromium.projector();
        Map<String, Long> onTheWire = watchBytesOnTheWire(hall);
        hall.navigate(hallLink);
        assertThat(hall.locator("#hall-join-code")).hasText(meeting.displayCode());
        assertThat(hall.locator("#hall-qr svg")).isVisible();
        assertThat(hall.locator("#hall-join-site"))
                .hasText("Of ga naar " + app.url("join").replaceFirst("^http://", "") + " en typ de code:");
        assertThat(hall.locator("#hall-count")).hasText("Nog niemand doet mee");
        assertThat(hall.locator("#hall-card-text")).hasText("Zo meteen komt de eerste kaart.");
        assertThat(hall.locator("#connection")).isHidden();
        assertThat(hall.locator("html")).hasAttribute("lang", "nl");
        long firstLoad = onTheWire.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "[measured] the hall screen's first load: %d bytes on the wire in %d requests %s%n",
                firstLoad, onTheWire.size(), onTheWire);
        assertThat(onTheWire.keySet())
                .as("no Vaadin bundle")
                .noneMatch(url -> url.contains("/VAADIN/"))
                .noneMatch(url -> url.contains("/webjars/"))
                .anyMatch(url -> url.matches(".*/hall/stomp-es5-7\\.0\\.0-[0-9a-f]{32}\\.js"));
        assertThat(firstLoad).as("bytes on the wire").isPositive().isLessThanOrEqualTo(FIRST_LOAD_BUDGET);

        // The remote, from the control view's link: big buttons, the card and progress small.
        remote.navigate(remoteLink);
        assertThat(remote.locator("#remote-next")).hasText("Volgende kaart");
        assertThat(remote.locator("#remote-next")).isEnabled();
        assertThat(remote.locator("#remote-back")).isDisabled();
        assertThat(remote.locator("#remote-card")).hasText("Zo meteen komt de eerste kaart.");
        for (String button : List.of("#remote-next", "#remote-back", "#remote-answers")) {
            var box = remote.locator(button).boundingBox();
            assertThat(box.height).as(button + " height").isGreaterThanOrEqualTo(844 * 0.2);
            assertThat(box.width).as(button + " width").isGreaterThanOrEqualTo(300);
        }

        // A parent joins: the hall screen counts them.
        Page phone = chromium.phone();
        phone.navigate(app.url("join/" + meeting.joinCode()));
        phone.locator(".bk-nickname input").fill("Amina");
        phone.locator(".bk-join-button").click();
        assertThat(phone.locator(".bk-phone-who")).hasText("Je doet mee als Amina");
        assertThat(hall.locator("#hall-count")).hasText("1 ouder doet mee", WITHIN_5S);
        assertThat(remote.locator("#remote-progress")).containsText("1 ouder doet mee", containsWithin5s());

        // "Next" on the remote: the card appears on the hall screen, the projector and the phone.
        Latency draw = Latency.watch(List.of(hall), "!document.body.className.match(/is-waiting/)")
                .startAtInputIn(remote);
        remote.locator("#remote-next").click();
        assertThat(projector.locator(".bk-card-text")).not().hasText("Zo meteen komt de eerste kaart.", WITHIN_5S);
        String first = projector.locator(".bk-card-text").innerText();
        assertThat(hall.locator("#hall-card-text")).hasText(first, WITHIN_5S);
        draw.report("a draw from the remote reached the hall screen");
        assertThat(phone.locator(".bk-card-text")).hasText(first, WITHIN_5S);
        assertThat(remote.locator("#remote-card")).hasText(first, WITHIN_5S);
        assertThat(remote.locator("#remote-progress")).containsText("kaarten nog niet getrokken");

        // Hide and show the answers from the remote.
        phone.locator(".bk-answer-field textarea").fill("Samen naar de speeltuin.");
        phone.locator(".bk-send").click();
        assertThat(projector.locator(".bk-answer-note")).hasCount(1);
        assertThat(remote.locator("#remote-answers")).hasText("Antwoorden verbergen");
        remote.locator("#remote-answers").click();
        assertThat(projector.locator(".bk-answer-note")).hasCount(0);
        assertThat(projector.locator(".bk-answers-hidden")).hasText("1 antwoord, nog niet zichtbaar");
        assertThat(remote.locator("#remote-answers")).hasText("Antwoorden tonen", WITHIN_5S);
        remote.locator("#remote-answers").click();
        assertThat(projector.locator(".bk-answer-note")).hasCount(1);
        assertThat(remote.locator("#remote-answers")).hasText("Antwoorden verbergen", WITHIN_5S);

        // Next and back again.
        remote.locator("#remote-next").click();
        assertThat(hall.locator("#hall-card-text")).not().hasText(first, WITHIN_5S);
        assertThat(remote.locator("#remote-back")).isEnabled();
        remote.locator("#remote-back").click();
        assertThat(hall.locator("#hall-card-text")).hasText(first, WITHIN_5S);
        assertThat(projector.locator(".bk-card-text")).hasText(first, WITHIN_5S);
        assertThat(remote.locator("#remote-message")).isEmpty();

        Chromium.screenshot(hall, "hall-screen-1920x1080");
        Chromium.screenshot(remote, "remote-390x844");

        // The app goes away: the hall screen says so calmly, and comes back by itself on the next draw.
        app.stop();
        assertThat(hall.locator("#connection")).hasText("Verbinding weg, opnieuw verbinden…", WITHIN_5S);
        assertThat(hall.locator("#hall-card-text")).hasText(first);
        Chromium.screenshot(hall, "hall-screen-reconnecting");
        app.start();
        long up = System.nanoTime();
        String afterRestart = app.bean(MeetingService.class)
                .drawNext(meeting.id(), RunningApp.USERNAME, null)
                .textIn("nl");
        assertThat(hall.locator("#hall-card-text"))
                .hasText(afterRestart, new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        System.out.printf(
                "[measured] after a restart the hall screen showed the new card %.1f s after the app was up%n",
                (System.nanoTime() - up) / 1e9);
        assertThat(hall.locator("#connection")).isHidden();
        assertThat(hall.locator("#hall-count")).hasText("1 ouder doet mee");

        // The remote comes back too, signed in again by its remembered device (the sign-in's default), and steers.
        assertThat(remote.locator("#remote-card"))
                .hasText(afterRestart, new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(remote.locator("#notice")).isHidden();
        remote.locator("#remote-next").click();
        assertThat(hall.locator("#hall-card-text")).not().hasText(afterRestart, WITHIN_5S);

        // A facilitator whose phone speaks Arabic: the remote sends them to sign in and back, right to left.
        Page arabic = chromium.page(390, 844, "ar");
        signIn(arabic, "hall/remote?meeting=" + meeting.id());
        assertThat(arabic.locator("html")).hasAttribute("dir", "rtl");
        assertThat(arabic.locator("#remote-next")).hasText("البطاقة التالية");
        assertThat(arabic.locator("#remote-card"))
                .hasText(hall.locator("#hall-card-text").innerText(), WITHIN_5S);
        Chromium.screenshot(arabic, "remote-ar");

        // Another facilitator's meeting: the remote is refused and says what to do, with a link to sign in.
        Meeting others =
                app.bean(MeetingService.class).open("iemand-anders", "Andere avond", List.of("kennismaken"), "nl");
        arabic.navigate(app.url("hall/remote?meeting=" + others.id()));
        assertThat(arabic.locator("#notice-text")).hasText("لم تسجّل الدخول (أو انتهت جلستك)، أو هذا ليس لقاءك.");
        assertThat(arabic.locator("#notice-link")).hasText("تسجيل الدخول");
        assertThat(arabic.locator("#notice-link")).hasAttribute("href", "/hall/remote?meeting=" + others.id());
        assertThat(arabic.locator("#remote")).isHidden();
        Chromium.screenshot(arabic, "remote-refused-ar");

        // Closed: the hall screen says so and no longer invites anyone to join.
        app.bean(MeetingService.class).close(meeting.id(), RunningApp.USERNAME);
        assertThat(hall.locator("#hall-card-text")).hasText("Deze bijeenkomst is gesloten.", WITHIN_5S);
        assertThat(hall.locator("#hall-join")).isHidden();
    }

    @Test
    void aWrongTokenOrNoLinkGetsAClearMessage() {
        MeetingService meetings = app.bean(MeetingService.class);
        Meeting meeting = meetings.open(RunningApp.USERNAME, "Ouderavond", List.of("kennismaken"), "nl");
        Page hall = chromium.projector();
        hall.navigate(
                app.url("hall#meeting=" + meeting.id() + "&lang=nl&token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(hall.locator("#notice-text"))
                .hasText(
                        "Dit scherm mag deze bijeenkomst niet (meer) volgen: de leessleutel klopt niet of is vervangen."
                                + " Maak op het bedieningsscherm een nieuwe zaalscherm-link.");
        assertThat(hall.locator("#hall")).isHidden();
        Chromium.screenshot(hall, "hall-screen-refused");

        // A hall screen that was following: the facilitator makes a new read token, and it stops at once.
        LiveReadTokens tokens = app.bean(LiveReadTokens.class);
        String first = tokens.renew(meeting.id(), RunningApp.USERNAME);
        Page following = chromium.projector();
        following.navigate(app.url("hall#meeting=" + meeting.id() + "&lang=nl&token=" + first));
        assertThat(following.locator("#hall-count")).hasText("Nog niemand doet mee", WITHIN_5S);
        tokens.renew(meeting.id(), RunningApp.USERNAME);
        assertThat(following.locator("#notice-text"))
                .hasText(
                        "Dit scherm mag deze bijeenkomst niet (meer) volgen: de leessleutel klopt niet of is vervangen."
                                + " Maak op het bedieningsscherm een nieuwe zaalscherm-link.",
                        WITHIN_5S);
        assertThat(following.locator("#hall")).isHidden();

        Page noLink = chromium.projector();
        noLink.navigate(app.url("hall"));
        assertThat(noLink.locator("#notice-text"))
                .hasText("Open het zaalscherm met de zaalscherm-link van het"
                        + " bedieningsscherm (onder 'Live-koppeling').");
    }

    /** Bytes on the wire per address (compressed body and headers), as Chromium counts them. */
    private static Map<String, Long> watchBytesOnTheWire(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        Map<String, String> urls = new ConcurrentHashMap<>();
        Map<String, Long> bytes = new ConcurrentHashMap<>();
        cdp.on(
                "Network.responseReceived",
                (JsonObject event) -> urls.put(
                        event.get("requestId").getAsString(),
                        event.getAsJsonObject("response").get("url").getAsString()));
        cdp.on("Network.loadingFinished", (JsonObject event) -> {
            String url = urls.get(event.get("requestId").getAsString());
            if (url != null) {
                bytes.merge(url, event.get("encodedDataLength").getAsLong(), Long::sum);
            }
        });
        cdp.send("Network.enable");
        return bytes;
    }

    private static LocatorAssertions.ContainsTextOptions containsWithin5s() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);
    }
}
