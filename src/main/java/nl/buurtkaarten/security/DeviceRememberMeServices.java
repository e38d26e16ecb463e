package nl.buurtkaarten.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * Spring Security's remember-me, with the devices kept in {@link RememberedDevices}: a rotating
 * token whose hash only is stored, a short grace for parallel requests (a projector and a control
 * view reloading at the same moment after a restart), and revocation per account.
 */
class DeviceRememberMeServices extends AbstractRememberMeServices {

    static final String COOKIE = "bk_device";
    static final String PARAMETER = "remember-me";

    private static final Logger log = LoggerFactory.getLogger(DeviceRememberMeServices.class);

    private final RememberedDevices devices;
    private final Sessions sessions;

    DeviceRememberMeServices(String key, UserDetailsService accounts, RememberedDevices devices, Sessions sessions) {
        super(key, accounts);
        this.devices = devices;
        this.sessions = sessions;
        setCookieName(COOKIE);
        setParameter(PARAMETER);
        setTokenValiditySeconds((int) devices.lifetime().toSeconds());
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    @Override
    protected void onLoginSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String[] seriesAndToken = devices.remember(authentication.getName());
        setCookie(seriesAndToken, getTokenValiditySeconds(), request, response);
    }

    @Override
    protected UserDetails processAutoLoginCookie(
            String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        if (cookieTokens.length != 2) {
            throw new InvalidCookieException("A device cookie holds a series and a token");
        }
        return switch (devices.use(cookieTokens[0], cookieTokens[1])) {
            case RememberedDevices.Accepted accepted -> {
                if (accepted.newToken() != null) {
                    setCookie(
                            new String[] {cookieTokens[0], accepted.newToken()},
                            getTokenValiditySeconds(),
                            request,
                            response);
                }
                yield getUserDetailsService().loadUserByUsername(accepted.username());
            }
            case RememberedDevices.Unknown unknown ->
                throw new RememberMeAuthenticationException("Unknown, expired or revoked device");
            case RememberedDevices.Stolen stolen -> {
                sessions.endEverywhere(stolen.username());
                log.warn("A remembered device presented an old token: the account was signed out everywhere");
                throw new CookieTheftException("Old token for a remembered device");
            }
        };
    }

    /** Signing out on one device forgets that device. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String cookie = extractRememberMeCookie(request);
        if (cookie != null && !cookie.isEmpty()) {
            try {
                String[] tokens = decodeCookie(cookie);
                if (tokens.length == 2) {
                    devices.forget(tokens[0]);
                }
            } catch (InvalidCookieException malformed) {
                // Nothing to forget.
            }
        }
        super.logout(request, response, authentication);
    }
}
