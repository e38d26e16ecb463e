package nl.buurtkaarten.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import nl.buurtkaarten.security.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's view access control (every view is closed unless its annotations open it), the sign-in
 * form's protections, remembered devices and the lifetime of sessions.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * As strict as Vaadin allows: everything from this server only; Vaadin's client needs inline
     * styles and eval; pictures may be data: URLs (QR code, network picture); never framed.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Security headers on every response, also the pages Vaadin serves itself, which do not all pass
     * Spring Security's header writers.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeaders() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Before Spring Security and Vaadin: requests for files never start a session. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noSessionForFiles(Sessions sessions) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(sessions.noSessionForFilesFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Vaadin's configurer, plus: the CSRF token is checked on the sign-in form too (Vaadin exempts
     * it; a cross-site form could otherwise sign a browser in to the attacker's account); a gate
     * before the password check (user name length, throttle); "remember this device"; and the
     * sessions of signed-in accounts are known, so they can be ended.
     */
    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RequestUtil requestUtil,
            SignInThrottle throttle,
            RememberedDevices devices,
            AccountService accounts,
            Sessions sessions,
            SecureRandom random)
            throws Exception {
        // The parents' pages are public by design; said here in so many words, so that no phone ever depends on
        // Vaadin's route look-up for its first request (a phone reloading right after a restart once landed on /login).
        // The live API's handshake (/live) is open too: who may follow or steer what is decided per STOMP frame
        // (nl.buurtkaarten.live), from the read token or the signed-in session the handshake carries. So is the hall
        // screen (/hall; its files, with or without their content's hash in the name, its STOMP library among them; the
        // join address and QR): it follows a meeting with the read token in its address's fragment. Its remote
        // (/hall/remote) is not: a stranger signs in first and comes back. The STOMP library's webjar stays public for
        // its LICENSE, which the library's ES5 version names.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/styles/**",
                        "/icons/**",
                        "/join",
                        "/join/*",
                        "/live",
                        "/hall",
                        "/hall/*.js",
                        "/hall/*.css",
                        "/hall/join",
                        "/webjars/stomp__stompjs/**")
                .permitAll()
                .requestMatchers("/hall/remote")
                .hasRole(Roles.FACILITATOR));
        // The live API's AsyncAPI document (nl.buurtkaarten.live.LiveApiDocument) is public.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/api/live/asyncapi.yaml").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(expiredSignInPage()));
        byte[] key = new byte[32];
        random.nextBytes(key);
        DeviceRememberMeServices rememberMe =
                new DeviceRememberMeServices(HexFormat.of().formatHex(key), accounts, devices, sessions);
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMe.getKey()));
        http.addFilterBefore(sessions.endedSessionFilter(), SecurityContextHolderFilter.class);
        http.addFilterBefore(new SignInGate(throttle), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(sessions.signedInSessionFilter(), RememberMeAuthenticationFilter.class);
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /**
     * A sign-in form whose CSRF token no longer matches (a page left open past its session, or a
     * form on another site) goes back to the sign-in page with a message; other refusals stay 403.
     */
    private static AccessDeniedHandler expiredSignInPage() {
        AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof CsrfException
                    && "POST".equals(request.getMethod())
                    && "/login".equals(request.getServletPath())) {
                SignInGate.refuse(request, response, SignInRefusals.EXPIRED);
            } else {
                otherwise.handle(request, response, denied);
            }
        };
    }

    /** BCrypt by default, with the algorithm's id stored beside each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
