package nl.buurtkaarten.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long HTTP sessions live, and which belong to whom.
 * <p>
 * Every new session starts short (default 15 minutes, three of Vaadin's five-minute heartbeats, so
 * an open page never loses it): a stranger's requests cannot fill the memory for hours. A session
 * gets the long lifetime ({@code server.servlet.session.timeout}, 8 hours) once it belongs to a
 * signed-in facilitator or to a parent who joined a meeting ({@link #keepForTheMeeting()}), so a
 * phone that sleeps through part of the evening finds its session again.
 * <p>
 * The sessions of signed-in accounts are known by account, so that signing out all devices,
 * disabling an account or giving it a new password ends them too: each is marked, its open pages
 * are told to reload, and the next request in it finds the session gone.
 */
@Component
public class Sessions implements HttpSessionListener {

    private static final String LONG_LIFETIME = Sessions.class.getName() + ".long";
    private static final String ACCOUNT = Sessions.class.getName() + ".account";
    private static final String REVOKED = Sessions.class.getName() + ".revoked";

    private final int shortSeconds;
    private final Map<String, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final ApplicationEventPublisher events;

    Sessions(
            @Value("${buurtkaarten.session.anonymous-timeout:15m}") Duration anonymousTimeout,
            ApplicationEventPublisher events) {
        this.shortSeconds = (int) Math.max(1, anonymousTimeout.toSeconds());
        this.events = events;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
        HttpSession session = event.getSession();
        int configured = session.getMaxInactiveInterval();
        if (configured > 0 && configured <= shortSeconds) {
            return;
        }
        session.setAttribute(LONG_LIFETIME, configured);
        session.setMaxInactiveInterval(shortSeconds);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
        HttpSession session = event.getSession();
        Object account = attribute(session, ACCOUNT);
        if (account instanceof String username) {
            byAccount.computeIfPresent(username, (name, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /**
     * Gives the session of the current Vaadin request the long lifetime: called when a parent
     * joined, or came back to, a meeting on this phone.
     */
    public static void keepForTheMeeting() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session != null && session.getAttribute(LONG_LIFETIME) instanceof Integer seconds) {
            session.setMaxInactiveInterval(seconds);
        }
    }

    /**
     * Ends every session of the account on every app node: {@link AuthenticationEnded.AllSessionsEnded} is heard
     * by each node ({@link nl.buurtkaarten.base.AcrossNodes}), whose sessions then end as in {@link #endAll}.
     */
    void endEverywhere(String username) {
        events.publishEvent(new AuthenticationEnded.AllSessionsEnded(username));
    }

    /** On every app node, after the change that ended them is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void allEnded(AuthenticationEnded.AllSessionsEnded ended) {
        endAll(ended.username());
    }

    /** Ends every session of this account on this node: marked now, gone at its next request; open pages are asked to reload. */
    private void endAll(String username) {
        for (HttpSession session : List.copyOf(byAccount.getOrDefault(username, Set.of()))) {
            try {
                session.setAttribute(REVOKED, Boolean.TRUE);
                for (String name : Collections.list(session.getAttributeNames())) {
                    if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                        vaadin.access(
                                () -> vaadin.getUIs().forEach(ui -> ui.getPage().reload()));
                    }
                }
            } catch (IllegalStateException alreadyInvalid) {
                // Ended meanwhile.
            }
        }
    }

    /** How many HTTP sessions are open now (ended ones count until the server notices, within a minute). */
    public int open() {
        return open.get();
    }

    /** How many sessions are known for this account. */
    int count(String username) {
        return byAccount.getOrDefault(username, Set.of()).size();
    }

    /**
     * A request for a file (a name with an extension: a style sheet, a picture, a script, the
     * favicon) never starts a session: a file that exists is served without one, and a missing
     * one is a plain 404 instead of a page in a new session. Vaadin's own requests (with
     * {@code v-r}), push and downloads ({@code /VAADIN/dynamic/}) are left alone.
     */
    OncePerRequestFilter noSessionForFilesFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                String name = path.substring(path.lastIndexOf('/') + 1);
                return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                        || !name.contains(".")
                        || request.getParameter("v-r") != null
                        || path.startsWith("/VAADIN/dynamic/")
                        || path.startsWith("/VAADIN/push")
                        || request.getSession(false) != null;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpServletRequest withoutNewSession = new HttpServletRequestWrapper(request) {
                    @Override
                    public HttpSession getSession() {
                        return request.getSession(false);
                    }

                    @Override
                    public HttpSession getSession(boolean create) {
                        return request.getSession(false);
                    }
                };
                HttpServletResponse missingIsNotFound = new HttpServletResponseWrapper(response) {
                    // Vaadin answers "403 Session expired" when it would need a session for an unknown file.
                    @Override
                    public void sendError(int status, String message) throws IOException {
                        sendError(status);
                    }

                    @Override
                    public void sendError(int status) throws IOException {
                        super.sendError(
                                status == HttpServletResponse.SC_FORBIDDEN ? HttpServletResponse.SC_NOT_FOUND : status);
                    }
                };
                chain.doFilter(withoutNewSession, missingIsNotFound);
            }
        };
    }

    /** Before anything reads the session: a session that was ended for its account is dropped. */
    OncePerRequestFilter endedSessionFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && attribute(session, REVOKED) != null) {
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyInvalid) {
                        // Ended meanwhile.
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** After sign-in (by password or remembered device): the session belongs to the account and lives long. */
    OncePerRequestFilter signedInSessionFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication authentication =
                        SecurityContextHolder.getContext().getAuthentication();
                HttpSession session = request.getSession(false);
                if (session != null
                        && authentication != null
                        && authentication.isAuthenticated()
                        && !(authentication instanceof AnonymousAuthenticationToken)
                        && attribute(session, ACCOUNT) == null) {
                    String username = authentication.getName();
                    session.setAttribute(ACCOUNT, username);
                    if (attribute(session, LONG_LIFETIME) instanceof Integer seconds) {
                        session.setMaxInactiveInterval(seconds);
                    }
                    byAccount
                            .computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet())
                            .add(session);
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Whether a facilitator signed in in this session (a parent's session never is). */
    public static boolean isSignedIn(WrappedSession session) {
        try {
            return session.getAttribute(ACCOUNT) != null
                    || session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private static Object attribute(HttpSession session, String name) {
        try {
            return session.getAttribute(name);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
