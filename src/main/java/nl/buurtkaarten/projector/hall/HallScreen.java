package nl.buurtkaarten.projector.hall;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.buurtkaarten.base.PublicAddress;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Translations;
import nl.buurtkaarten.meeting.JoinCode;
import nl.buurtkaarten.projector.QrCodes;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The hall screen and the remote: one small static page (no Vaadin) that follows a meeting over the live API
 * ({@code /live}). The hall screen ({@value #SCREEN}) is public: it learns its meeting and read token from the
 * address's fragment, which never reaches the server. The remote ({@value #REMOTE}) is for the signed-in
 * facilitator; Spring Security sends anyone else to the sign-in page and back. Beside the page: the join address
 * and QR code phones reach (as on the projector), and the page's texts in every language. The page names its
 * script, styles and STOMP library by addresses that change with their content ({@link HallFiles}).
 */
@RestController
class HallScreen {

    static final String SCREEN = "/hall";
    static final String REMOTE = "/hall/remote";
    static final String JOIN = "/hall/join";
    static final String TEXTS = "/hall/texts.js";

    /** The texts the page uses, most of them the projector's and the control view's own. */
    static final List<String> TEXT_KEYS = List.of(
            "hall.title",
            "hall.remote.title",
            "hall.connecting",
            "hall.reconnecting",
            "hall.no-link",
            "hall.denied",
            "hall.gone",
            "hall.too-old",
            "hall.summary",
            "hall.remote.signed-out",
            "hall.remote.sign-in",
            "hall.remote.failed",
            "card.waiting",
            "card.kind.question",
            "card.kind.statement",
            "card.kind.situation",
            "card.kind.offer-prompt",
            "projector.join.scan",
            "projector.join.or-go",
            "projector.join.code-label",
            "projector.participants.count",
            "projector.closed",
            "controls.next",
            "controls.back",
            "controls.show-answers",
            "controls.hide-answers",
            "controls.progress",
            "controls.progress.exhausted",
            "draw.error.exhausted",
            "draw.error.no-previous",
            "meeting.error.not-found",
            "meeting.error.closed");

    private final PublicAddress address;
    private final byte[] page;
    private final String texts;

    HallScreen(PublicAddress address) throws IOException {
        this.address = address;
        try (InputStream in = new ClassPathResource("hall/page.html").getInputStream()) {
            this.page = HallFiles.versioned(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
        }
        this.texts = texts();
    }

    @GetMapping({SCREEN, REMOTE})
    ResponseEntity<byte[]> page() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(page);
    }

    /**
     * How phones join this meeting: the address (the public address, or the laptop's address in the local
     * network when the screen opened the app as localhost) and its QR code, as the projector shows them. The
     * join code is on the wall for everyone; this neither looks it up nor tells whether a meeting has it.
     */
    @GetMapping(JOIN)
    ResponseEntity<String> join(
            @RequestParam(name = "code", required = false) String code, HttpServletRequest request) {
        String normalised = JoinCode.normalise(code);
        if (!JoinCode.isWellFormed(normalised)) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"error\":\"bad-code\"}");
        }
        String base = address.baseUrl(
                ServletUriComponentsBuilder.fromContextPath(request).build());
        String url = address.joinUrl(base, normalised);
        String json = "{\"url\":" + Json.string(url) + ",\"site\":" + Json.string(base + "/join") + ",\"qr\":"
                + Json.string(QrCodes.svg(url)) + "}";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .body(json);
    }

    /** Every language's texts for the page, as one small script (compressed on the way, like the page's own). */
    @GetMapping(TEXTS)
    ResponseEntity<String> textsScript() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .body(texts);
    }

    private static String texts() {
        StringBuilder script = new StringBuilder("var BK_HALL_TEXTS={");
        List<Locale> languages = Locales.PARENT;
        for (int i = 0; i < languages.size(); i++) {
            Locale language = languages.get(i);
            ResourceBundle bundle = Translations.bundle(language);
            script.append(i == 0 ? "" : ",")
                    .append(Json.string(language.getLanguage()))
                    .append(":{");
            for (int k = 0; k < TEXT_KEYS.size(); k++) {
                String key = TEXT_KEYS.get(k);
                String text;
                try {
                    text = bundle.getString(key);
                } catch (MissingResourceException missing) {
                    text = "!" + key;
                }
                script.append(k == 0 ? "" : ",")
                        .append(Json.string(key))
                        .append(':')
                        .append(Json.string(text));
            }
            script.append('}');
        }
        return script.append("};\n").toString();
    }

    /** JSON strings, safe also inside a script and for old browsers' parsers (no raw line separators). */
    static final class Json {

        private Json() {}

        static String string(String value) {
            StringBuilder out = new StringBuilder(value.length() + 2).append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> {
                        if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
