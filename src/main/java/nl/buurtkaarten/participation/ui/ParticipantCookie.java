package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a parent's secret token in an HttpOnly cookie, one per meeting, so that a reload, a phone
 * that slept or a new network brings them back as the same participant. Script on the page can
 * never read it.
 */
final class ParticipantCookie {

    static final Duration LIFETIME = Duration.ofDays(30);

    private ParticipantCookie() {}

    static String name(String joinCode) {
        return "bk_participant_" + joinCode;
    }

    static Optional<String> read(String joinCode) {
        return BrowserCookies.read(name(joinCode));
    }

    /** The tokens this browser holds for other meetings: a follow-up meeting recognises its parents by them. */
    static List<String> others(String joinCode) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return List.of();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> cookie.getName().startsWith("bk_participant_")
                        && !cookie.getName().equals(name(joinCode)))
                .map(Cookie::getValue)
                .limit(20)
                .toList();
    }

    /** Removes the token from this browser, e.g. after the parent deleted their data. */
    static void clear(String joinCode) {
        BrowserCookies.write(name(joinCode), "", Duration.ZERO);
    }

    static void write(String joinCode, String token) {
        if (!BrowserCookies.write(name(joinCode), token, LIFETIME)) {
            throw new IllegalStateException("The participant cookie can only be set while answering a request");
        }
    }
}
