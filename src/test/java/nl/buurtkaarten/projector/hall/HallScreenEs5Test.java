package nl.buurtkaarten.projector.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.javascript.jscomp.CompilationLevel;
import com.google.javascript.jscomp.Compiler;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.CompilerOptions.LanguageMode;
import com.google.javascript.jscomp.JSError;
import com.google.javascript.jscomp.Result;
import com.google.javascript.jscomp.SourceFile;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkaarten.live.LiveReadTokens;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The hall screen on a browser of 2015: the scripts its page loads (the STOMP library as the build wrote it, the
 * texts, the page's own script) are ES5, as Closure Compiler's parser in ES5 mode reads them, and they follow a
 * meeting in an old engine (Rhino, with no Promise, Symbol, TextEncoder or TextDecoder of its own) through the
 * app's real door: the page's addresses, the WebSocket at /live, the read token, heart-beats and all. No real
 * browser of 2015 is run here (see the decision note on the hall screen). Same context as HallScreenTest.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class HallScreenEs5Test {

    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"></script>");

    @LocalServerPort
    int port;

    @Autowired
    MeetingService meetings;

    @Autowired
    LiveReadTokens readTokens;

    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyScriptThePageLoadsIsEs5() throws Exception {
        Map<String, String> scripts = scriptsOfThePage();
        assertThat(scripts.keySet())
                .as("the STOMP library as ES5, the texts, the page's script, in that order")
                .hasSize(3)
                .satisfiesExactly(
                        library -> assertThat(library).matches("/hall/stomp-es5-7\\.0\\.0-[0-9a-f]{32}\\.js"),
                        texts -> assertThat(texts).isEqualTo("/hall/texts.js"),
                        page -> assertThat(page).matches("/hall/hall-[0-9a-f]{32}\\.js"));
        scripts.forEach((address, script) ->
                assertThat(es5Errors(address, script)).as(address + " is ES5").isEmpty());

        // The check itself notices what a 2015 browser cannot parse.
        for (String later : List.of(
                "var f = a => a;",
                "let a = 1;",
                "const a = 1;",
                "class A {}",
                "var s = `${1}`;",
                "var o = {}; var a = o?.b;",
                "async function f() { await 1; }",
                "for (var x of []) {}",
                "var {a} = {};")) {
            assertThat(es5Errors("later.js", later)).as(later).isNotEmpty();
        }
    }

    @Test
    void theLibraryKeepsItsLicenceAndSaysWhatChanged() throws Exception {
        String library = scriptsOfThePage().entrySet().iterator().next().getValue();
        assertThat(library)
                .startsWith("/*! @stomp/stompjs 7.0.0 (https://github.com/stomp-js/stompjs), Apache License 2.0:"
                        + " /webjars/stomp__stompjs/7.0.0/LICENSE")
                .contains("written as ES5 by Google's Closure Compiler");
        HttpResponse<String> licence = get("/webjars/stomp__stompjs/7.0.0/LICENSE");
        assertThat(licence.statusCode()).isEqualTo(200);
        assertThat(licence.body()).contains("Apache License", "Version 2.0, January 2004");
    }

    @Test
    void theHallScreenFollowsAMeetingInAnOldEngineThroughTheRealDoor() throws Exception {
        String owner = "oud-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(owner, "juist-wachtwoord-123", List.of(Roles.FACILITATOR));
        Meeting meeting = meetings.open(owner, "Ouderavond", List.of("kennismaken"), "nl");
        String token = readTokens.renew(meeting.id(), owner);
        Map<String, String> scripts = scriptsOfThePage();

        try (OldBrowser browser =
                new OldBrowser(URI.create(url("/hall#meeting=" + meeting.id() + "&lang=nl&token=" + token)))) {
            assertThat(browser.eval("typeof Promise + ' ' + typeof Symbol + ' ' + typeof TextDecoder"))
                    .as("an engine without what a browser of 2020 has")
                    .isEqualTo("undefined undefined undefined");
            scripts.forEach(browser::load);
            assertThat(browser.eval("typeof StompJs.Client + ' ' + typeof Promise + ' ' + typeof TextDecoder"))
                    .as("the library with its polyfills, the page's TextDecoder")
                    .isEqualTo("function function function");

            await("the snapshot arrived")
                    .atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(browser.text("hall-count")).isEqualTo("Nog niemand doet mee"));
            assertThat(browser.text("hall-card-text")).isEqualTo("Zo meteen komt de eerste kaart.");
            await("the join code and QR")
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(browser.text("hall-join-code")).isEqualTo(meeting.displayCode()));
            assertThat(browser.eval("document.documentElement.getAttribute('lang')"))
                    .isEqualTo("nl");
            assertThat(browser.eval("document.getElementById('connection').className"))
                    .as("connected: the connection bar is hidden")
                    .contains("off");

            // Cards until one has a letter beyond ASCII ("één"): it arrives as UTF-8 bytes that the page's own
            // TextDecoder has to read.
            String card;
            do {
                card = meetings.drawNext(meeting.id(), owner, null).textIn("nl");
            } while (card.chars().allMatch(c -> c < 0x80));
            String shown = card;
            await("the card, as it is written")
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(browser.text("hall-card-text")).isEqualTo(shown));

            // Heart-beats: agreed in CONNECT and CONNECTED, then a lone newline each way, and nobody is cut for them.
            assertThat(browser.sent)
                    .anySatisfy(
                            frame -> assertThat(frame).startsWith("CONNECT\n").contains("heart-beat:10000,10000"));
            assertThat(browser.received)
                    .anySatisfy(
                            frame -> assertThat(frame).startsWith("CONNECTED\n").contains("heart-beat:10000,5000"));
            await("a heart-beat from the server and one from the page")
                    .atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> {
                        assertThat(browser.received).contains("\n");
                        assertThat(browser.sent).contains("\n");
                    });
            assertThat(browser.received).noneMatch(frame -> frame.startsWith("ERROR"));

            // A new read token: the screen stops and says what to do.
            readTokens.renew(meeting.id(), owner);
            await("the old link refused")
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(browser.text("notice-text"))
                                    .isEqualTo(
                                            "Dit scherm mag deze bijeenkomst niet (meer) volgen: de leessleutel klopt"
                                                    + " niet of is vervangen. Maak op het bedieningsscherm een nieuwe zaalscherm-link."));
            assertThat(browser.errors).as("no script error on the way").isEmpty();
        }
    }

    @Test
    void aBrowserWithoutWebSocketsIsToldItIsTooOld() throws Exception {
        try (OldBrowser browser = new OldBrowser(URI.create(url("/hall#meeting=1&lang=nl&token=AAAA")))) {
            browser.eval("WebSocket = undefined");
            scriptsOfThePage().forEach(browser::load);
            assertThat(browser.text("notice-text"))
                    .isEqualTo("Deze browser is te oud voor het zaalscherm. Gebruik een browser van 2015 of later.");
            assertThat(browser.sent).isEmpty();
        }
    }

    @Test
    void thePagesUtf8FallbackEncodesAndDecodesAsTheStandardOnes() throws Exception {
        try (OldBrowser browser = new OldBrowser(URI.create(url("/hall")))) {
            scriptsOfThePage().forEach(browser::load);
            String text = "Hoi café — مرحبا 👋🏽 ok";
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            assertThat(browser.eval("Array.prototype.join.call(new TextEncoder().encode('" + text + "'), ',')"))
                    .isEqualTo(unsigned(utf8));
            assertThat(browser.eval("new TextDecoder().decode(new Uint8Array([" + unsigned(utf8) + "]))"))
                    .isEqualTo(text);
            assertThat(browser.eval("Array.prototype.join.call(new TextEncoder().encode('a\\uD800b'), ',')"))
                    .as("a lone surrogate becomes U+FFFD")
                    .isEqualTo("97,239,191,189,98");
            assertThat(browser.eval("new TextDecoder().decode(new Uint8Array([104,0xC3,105,0xF0,0x9F,0x91]))"))
                    .as("a broken sequence becomes U+FFFD")
                    .isEqualTo("h\uFFFDi\uFFFD");
            assertThat(browser.eval("new TextDecoder().decode(new Uint8Array([0xE2,0x82,0xAC]).buffer)"))
                    .isEqualTo("€");
        }
    }

    private static String unsigned(byte[] bytes) {
        List<String> values = new ArrayList<>();
        for (byte b : bytes) {
            values.add(Integer.toString(b & 0xFF));
        }
        return String.join(",", values);
    }

    /** The scripts the hall screen's page names, in its order, each as the app serves it. */
    private Map<String, String> scriptsOfThePage() throws Exception {
        String page = get("/hall").body();
        Map<String, String> scripts = new LinkedHashMap<>();
        Matcher script = SCRIPT.matcher(page);
        while (script.find()) {
            HttpResponse<String> response = get(script.group(1));
            assertThat(response.statusCode()).as(script.group(1)).isEqualTo(200);
            scripts.put(script.group(1), response.body());
        }
        return scripts;
    }

    /** What Closure Compiler's parser finds wrong in a script read as ECMAScript 5 (strict mode where it says so). */
    static List<String> es5Errors(String name, String script) {
        CompilerOptions options = new CompilerOptions();
        CompilationLevel.WHITESPACE_ONLY.setOptionsForCompilationLevel(options);
        options.setLanguageIn(LanguageMode.ECMASCRIPT5);
        options.setLanguageOut(LanguageMode.ECMASCRIPT5);
        Compiler compiler = new Compiler(new PrintStream(OutputStream.nullOutputStream()));
        Result result = compiler.compile(List.of(), List.of(SourceFile.fromCode(name, script)), options);
        List<String> errors = new ArrayList<>();
        for (JSError error : result.errors) {
            errors.add(error.toString());
        }
        return errors;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
