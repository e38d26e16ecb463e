package nl.buurtkaarten.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a page asks while its push connection is gone ({@code base.ui.ConnectionWatch}): is the app
 * there, is it the same run of the app that made this page, and does it still know this browser's
 * session? Answered before anything else looks at the request, so that asking never signs anyone
 * in, starts a session or costs more than a header: {@code 204} with {@code X-Buurtkaarten-Run}
 * (random per start of the app, and so per node) and {@code X-Buurtkaarten-Session: yes|no}.
 */
public final class ConnectionProbe extends OncePerRequestFilter {

    public static final String PATH = "/connection";
    /**
     * Changes at every start of the app (each new probe is made when the application starts, also
     * when it is started again inside one Java process): a page made by another run (a restart,
     * another node) must be loaded again.
     */
    private static volatile String run = UUID.randomUUID().toString();

    public ConnectionProbe() {
        run = UUID.randomUUID().toString();
    }

    /** The current run of the app, as pages are told when they are made. */
    public static String run() {
        return run;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Buurtkaarten-Run", run);
        response.setHeader("X-Buurtkaarten-Session", request.getSession(false) != null ? "yes" : "no");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
