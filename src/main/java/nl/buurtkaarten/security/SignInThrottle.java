package nl.buurtkaarten.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import nl.buurtkaarten.base.AttemptLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing strangers a way to lock someone out. Wrong
 * passwords count three ways:
 * <ul>
 * <li>per account and client address: strict (default 5 per 15 minutes), so a guesser stops soon;</li>
 * <li>per account from all clients together: much looser (default 50 per 15 minutes), against
 * guessing from many addresses; one stranger alone cannot reach it;</li>
 * <li>per client address across all accounts (default 20 per 15 minutes), against trying many
 * user names.</li>
 * </ul>
 * The client address is the one Tomcat resolved (behind a trusted proxy, from X-Forwarded-For).
 * Attempts come back one by one over the window (token buckets). Kept in memory, bounded in
 * entries and key length; a restart forgets, which is fine for a measure against guessing.
 */
@Component
class SignInThrottle {

    private static final long MAX_KEYS = 10_000;

    private final AttemptLimiter perAccountAndClient;
    private final AttemptLimiter perAccount;
    private final AttemptLimiter perClient;

    SignInThrottle(
            Clock clock,
            @Value("${buurtkaarten.sign-in.max-failures:5}") int maxFailures,
            @Value("${buurtkaarten.sign-in.max-failures-per-account:50}") int maxPerAccount,
            @Value("${buurtkaarten.sign-in.max-failures-per-client:20}") int maxPerClient,
            @Value("${buurtkaarten.sign-in.failure-window-minutes:15}") int windowMinutes) {
        Duration window = Duration.ofMinutes(windowMinutes);
        this.perAccountAndClient = new AttemptLimiter(clock, maxFailures, window, MAX_KEYS);
        this.perAccount = new AttemptLimiter(clock, maxPerAccount, window, MAX_KEYS);
        this.perClient = new AttemptLimiter(clock, maxPerClient, window, MAX_KEYS);
    }

    /** True when this client may not try this account now. */
    boolean isThrottled(String username, String client) {
        String account = account(username);
        return perAccountAndClient.isBlocked(pair(account, client))
                || perAccount.isBlocked(account)
                || perClient.isBlocked(client);
    }

    /** How long this client must wait before it may try this account again. */
    Duration retryAfter(String username, String client) {
        String account = account(username);
        Duration pair = perAccountAndClient.retryAfter(pair(account, client));
        Duration all = perAccount.retryAfter(account);
        Duration fromClient = perClient.retryAfter(client);
        Duration longest = pair.compareTo(all) > 0 ? pair : all;
        return longest.compareTo(fromClient) > 0 ? longest : fromClient;
    }

    /** How many keys the throttle holds now, all limits together. */
    long size() {
        return perAccountAndClient.size() + perAccount.size() + perClient.size();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String account = account(event.getAuthentication().getName());
        String client = client(event.getAuthentication());
        perAccountAndClient.failed(pair(account, client));
        perAccount.failed(account);
        perClient.failed(client);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        perAccountAndClient.forget(
                pair(account(event.getAuthentication().getName()), client(event.getAuthentication())));
    }

    static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    private static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > AccountService.MAX_USERNAME ? name.substring(0, AccountService.MAX_USERNAME) : name;
    }

    private static String pair(String account, String client) {
        return client + " " + account;
    }
}
