package nl.buurtkaarten.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the password check of the sign-in form (after the CSRF check): a user name longer
 * than any account's is refused at once, and a client that tried too often for this account is
 * sent back to wait without its password being checked at all. Each refusal goes back to the
 * sign-in page with its own message.
 */
class SignInGate extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInGate(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() > AccountService.MAX_USERNAME) {
            refuse(request, response, SignInRefusals.TOO_LONG);
            return;
        }
        if (username != null && throttle.isThrottled(username, request.getRemoteAddr())) {
            refuse(request, response, SignInRefusals.WAIT);
            return;
        }
        chain.doFilter(request, response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
