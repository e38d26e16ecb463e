package nl.buurtkaarten.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import nl.buurtkaarten.base.AcrossNodes;
import nl.buurtkaarten.base.AttemptLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
 *
 * <p>On several app nodes each node keeps its own count, and every attempt is heard by all of them
 * ({@link SignInAttempt}, {@link AcrossNodes}), so a guesser whom the load balancer spreads over the nodes
 * gets no more tries than on one. The account travels as a hash: a user name field sometimes holds a
 * password typed into the wrong box.
 */
@Component
class SignInThrottle {

    private static final long MAX_KEYS = 10_000;

    private final AttemptLimiter perAccountAndClient;
    private final AttemptLimiter perAccount;
    private final AttemptLimiter perClient;
    private final ApplicationEventPublisher events;

    /** A sign-in attempt on some app node: a wrong password counts, a right one forgets that client's wrong ones. */
    record SignInAttempt(String account, String client, boolean failed) implements AcrossNodes {}

    SignInThrottle(
            Clock clock,
            @Value("${buurtkaarten.sign-in.max-failures:5}") int maxFailures,
            @Value("${buurtkaarten.sign-in.max-failures-per-account:50}") int maxPerAccount,
            @Value("${buurtkaarten.sign-in.max-failures-per-client:20}") int maxPerClient,
            @Value("${buurtkaarten.sign-in.failure-window-minutes:15}") int windowMinutes,
            ApplicationEventPublisher events) {
        this.events = events;
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
        events.publishEvent(new SignInAttempt(
                account(event.getAuthentication().getName()), client(event.getAuthentication()), true));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        events.publishEvent(new SignInAttempt(
                account(event.getAuthentication().getName()), client(event.getAuthentication()), false));
    }

    /** On every app node, for an attempt on any of them. */
    @EventListener
    void counted(SignInAttempt attempt) {
        String account = attempt.account();
        String client = attempt.client();
        if (attempt.failed()) {
            perAccountAndClient.failed(pair(account, client));
            perAccount.failed(account);
            perClient.failed(client);
        } else {
            perAccountAndClient.forget(pair(account, client));
        }
    }

    static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    /** The account's key: a hash of the name as typed, trimmed and in lower case. */
    private static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String pair(String account, String client) {
        return client + " " + account;
    }
}
