package nl.buurtkaarten.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.buurtkaarten.base.SecretTokens;
import nl.buurtkaarten.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: an account's own keys for the live API's commands, for an integration or a
 * remote that has no browser session (a Stream Deck in the hall, a script). Each has a name its owner
 * chose, is shown in full only when made (the database keeps a SHA-256 hash, like parents' tokens and
 * remembered devices), and works until revoked. A token authenticates as its account with the
 * account's roles of that moment: a locked account's tokens are refused, a deleted account's are gone.
 */
@Service
public class ApiTokens {

    /** What a token starts with, so that people and secret scanners can tell what they found. */
    static final String PREFIX = "bk_";

    public static final int MAX_NAME = 60;
    /** Enough for every screen and remote one person uses; a limit so that the list stays readable. */
    public static final int MAX_PER_ACCOUNT = 20;

    private static final Set<String> MAY_HAVE_TOKENS = Set.of("ROLE_" + Roles.FACILITATOR, "ROLE_" + Roles.ADMIN);

    /** One token as its owner sees it; never the token or its hash. @param lastUsed null when never used */
    public record ApiToken(long id, String name, Instant createdAt, Instant lastUsed) {}

    private final JdbcClient jdbc;
    private final SecureRandom random;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, SecureRandom random, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.random = random;
        this.clock = clock;
        this.events = events;
    }

    /** Makes a token for this account with this name; returns it in full, the only time it can be seen. */
    @Transactional
    public String create(String username, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            throw new UserFacingException("api-tokens.error.name", MAX_NAME);
        }
        Optional<Account> account = account(username);
        if (account.isEmpty()
                || !account.get().enabled()
                || account.get().roles().stream().noneMatch(MAY_HAVE_TOKENS::contains)) {
            throw new UserFacingException("api-tokens.error.not-allowed");
        }
        if (tokens(username).size() >= MAX_PER_ACCOUNT) {
            throw new UserFacingException("api-tokens.error.too-many", MAX_PER_ACCOUNT);
        }
        String token = PREFIX + SecretTokens.generate(random);
        jdbc.sql("insert into api_token (username, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(username, label, SecretTokens.hash(token), Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    /** This account's tokens, newest first. */
    public List<ApiToken> tokens(String username) {
        return jdbc.sql("select id, name, created_at, last_used from api_token where username = ? "
                        + "order by created_at desc, id desc")
                .param(username)
                .query((rs, row) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used") == null
                                ? null
                                : rs.getTimestamp("last_used").toInstant()))
                .list();
    }

    /** Revokes one of this account's own tokens; what it opened is ended. Unknown or someone else's: nothing happens. */
    @Transactional
    public void revoke(String username, long tokenId) {
        int deleted = jdbc.sql("delete from api_token where id = ? and username = ?")
                .params(tokenId, username)
                .update();
        if (deleted > 0) {
            events.publishEvent(new AuthenticationEnded.ApiTokenRevoked(username, tokenId));
        }
    }

    /** Revokes every token of this account. */
    @Transactional
    public void revokeAll(String username) {
        for (ApiToken token : tokens(username)) {
            revoke(username, token.id());
        }
    }

    /**
     * The account this token authenticates, with its roles of now, and notes the token as used; empty
     * for a token that is unknown, revoked, malformed, or whose account is locked.
     */
    @Transactional
    public Optional<ApiTokenAuthentication> authenticate(String token) {
        if (token == null
                || !token.startsWith(PREFIX)
                || !SecretTokens.isWellFormed(token.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(token);
        Optional<Found> found = jdbc.sql("select id, username, token_hash from api_token where token_hash = ?")
                .param(hash)
                .query((rs, row) -> new Found(rs.getLong("id"), rs.getString("username"), rs.getString("token_hash")))
                .optional()
                // The look-up is by hash already; compared once more in constant time all the same.
                .filter(row -> MessageDigest.isEqual(
                        row.hash().getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = account(found.get().username());
        if (account.isEmpty() || !account.get().enabled()) {
            return Optional.empty();
        }
        jdbc.sql("update api_token set last_used = ? where id = ?")
                .params(Timestamp.from(clock.instant()), found.get().id())
                .update();
        return Optional.of(new ApiTokenAuthentication(
                found.get().username(),
                found.get().id(),
                account.get().roles().stream().map(SimpleGrantedAuthority::new).toList()));
    }

    /** The account's state now, read here rather than through AccountService (which uses this class). */
    private Optional<Account> account(String username) {
        return jdbc.sql("select roles, enabled from account where username = ?")
                .param(username)
                .query((rs, row) -> new Account(
                        Arrays.stream(rs.getString("roles").split(","))
                                .map(role -> "ROLE_" + role.strip())
                                .toList(),
                        rs.getBoolean("enabled")))
                .optional();
    }

    private record Account(List<String> roles, boolean enabled) {}

    private record Found(long id, String username, String hash) {}
}
