package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
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
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> cookie.getName().equals(name(joinCode)))
                .map(Cookie::getValue)
                .findFirst();
    }

    /** The tokens this browser holds for other meetings: a follow-up meeting recognises its parents by them. */
    static java.util.List<String> others(String joinCode) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return java.util.List.of();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> cookie.getName().startsWith("bk_participant_") && !cookie.getName().equals(name(joinCode)))
                .map(Cookie::getValue)
                .limit(20)
                .toList();
    }

    /** Removes the token from this browser, e.g. after the parent deleted their data. */
    static void clear(String joinCode) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(name(joinCode), "");
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge(0);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static void write(String joinCode, String token) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response == null) {
            throw new IllegalStateException("The participant cookie can only be set while answering a request");
        }
        Cookie cookie = new Cookie(name(joinCode), token);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        VaadinRequest request = VaadinRequest.getCurrent();
        cookie.setSecure(request != null && request.isSecure());
        response.addCookie(cookie);
    }
}
