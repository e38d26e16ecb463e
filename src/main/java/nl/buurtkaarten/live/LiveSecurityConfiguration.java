package nl.buurtkaarten.live;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.security.ApiTokenAuthentication;
import nl.buurtkaarten.security.Roles;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.socket.EnableWebSocketSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.messaging.access.intercept.MessageAuthorizationContext;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what on the live API; everything not named here is refused with an ERROR frame (and the
 * connection closed). Anyone may connect. Following a meeting needs its read token (in the CONNECT or
 * the SUBSCRIBE frame), or being its signed-in facilitator. Commands need the signed-in facilitator,
 * as the browser's session tells the WebSocket handshake, or a facilitator's personal API token
 * ({@link LiveAuthentications}); the services check that the meeting is theirs. Nobody may send to a topic or subscribe to anything else.
 *
 * <p>No CSRF token in the CONNECT frame: a cross-site page is stopped at the handshake by the Origin
 * check (browsers always send Origin on a WebSocket), and a client that is no browser carries no one's
 * session cookie. So non-browser clients connect with only a read token, or with a session cookie of
 * their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketSecurity
class LiveSecurityConfiguration {

    @Bean
    AuthorizationManager<Message<?>> messageAuthorizationManager(
            MessageMatcherDelegatingAuthorizationManager.Builder messages,
            LiveReadTokens readTokens,
            MeetingService meetings) {
        return messages.simpTypeMatchers(
                        SimpMessageType.CONNECT,
                        SimpMessageType.DISCONNECT,
                        SimpMessageType.UNSUBSCRIBE,
                        SimpMessageType.HEARTBEAT)
                .permitAll()
                .simpSubscribeDestMatchers(LiveTopics.MEETING_PATTERN)
                .access((authentication, context) ->
                        new AuthorizationDecision(mayFollow(authentication.get(), context, readTokens, meetings)))
                .simpSubscribeDestMatchers(LiveTopics.REPLIES, LiveTopics.ERRORS)
                .hasRole(Roles.FACILITATOR)
                .simpMessageDestMatchers(LiveTopics.COMMAND_PATTERNS)
                .hasRole(Roles.FACILITATOR)
                .anyMessage()
                .denyAll()
                .build();
    }

    private static boolean mayFollow(
            Authentication authentication,
            MessageAuthorizationContext<?> context,
            LiveReadTokens readTokens,
            MeetingService meetings) {
        long meetingId;
        try {
            meetingId = Long.parseLong(context.getVariables().get("meetingId"));
        } catch (NumberFormatException notAMeeting) {
            return false;
        }
        String token = ReadTokenInterceptor.tokenOf(context.getMessage());
        if (token != null) {
            return readTokens.admits(meetingId, token);
        }
        // A personal API token steers, it does not read: a Stream Deck needs no parent's answer, and a
        // token that leaks then shows nothing (see the note of 2026-12-05 on API tokens).
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof ApiTokenAuthentication)
                && AuthorityUtils.authorityListToSet(authentication.getAuthorities())
                        .contains("ROLE_" + Roles.FACILITATOR)
                && meetings.find(meetingId)
                        .map(meeting -> meeting.owner().equals(authentication.getName()))
                        .orElse(false);
    }

    /**
     * Replaces Spring Security's CSRF check of the CONNECT frame (the bean name is Spring Security's):
     * see the class comment for why the Origin check stands in for it.
     */
    @Bean
    ChannelInterceptor csrfChannelInterceptor() {
        return new ChannelInterceptor() {
            @Override
            public Message<?> preSend(Message<?> message, MessageChannel channel) {
                return message;
            }
        };
    }

    /**
     * Spring Security copies the CSRF token into every WebSocket handshake, which for a follower without a
     * session would make one (a session per hall screen, kept for 15 minutes). The token is not checked on
     * the live API, so it is not offered to the handshake at all.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noSessionForLiveHandshakes() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                request.removeAttribute(DeferredCsrfToken.class.getName());
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        // After Spring Security's filter chain (which sets the attribute), before the handshake.
        registration.setOrder(0);
        registration.addUrlPatterns(LiveConfiguration.ENDPOINT);
        return registration;
    }
}
