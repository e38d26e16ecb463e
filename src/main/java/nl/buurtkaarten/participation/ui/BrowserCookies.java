package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookies a parent's browser keeps for us: always HttpOnly (no script reads them), SameSite
 * Lax, for the whole site, and Secure when the page came over HTTPS.
 */
final class BrowserCookies {

    private BrowserCookies() {}

    static Optional<String> read(String name) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> cookie.getName().equals(name))
                .map(Cookie::getValue)
                .findFirst();
    }

    /** Sets a cookie on the response being written; a lifetime of zero removes it. Returns false outside a request. */
    static boolean write(String name, String value, Duration lifetime) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response == null) {
            return false;
        }
        Cookie cookie = new Cookie(name, value);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge((int) lifetime.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        VaadinRequest request = VaadinRequest.getCurrent();
        cookie.setSecure(request != null && request.isSecure());
        response.addCookie(cookie);
        return true;
    }
}
