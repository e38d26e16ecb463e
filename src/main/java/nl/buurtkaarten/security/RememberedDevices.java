package nl.buurtkaarten.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.buurtkaarten.base.SecretTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The devices an account stays signed in on: a series that names the device and a token that is
 * replaced at every automatic sign-in, both 256 random bits; the database keeps only the token's
 * SHA-256 hash. A device unused for the lifetime (default 30 days) is forgotten.
 */
@Component
public class RememberedDevices {

    /** A token just replaced still counts this long, for requests that left the browser at the same moment. */
    static final Duration GRACE = Duration.ofSeconds(30);

    /** A remembered device as its owner sees it. */
    public record Device(Instant createdAt, Instant lastUsed) {}

    /** What a presented cookie turned out to be. */
    sealed interface Use {}

    /** A valid device; {@code newToken} is the token the browser must keep from now on, or null to keep its own. */
    record Accepted(String username, String newToken) implements Use {}

    /** Unknown, expired or revoked: the browser should drop its cookie. */
    record Unknown() implements Use {}

    /** A known series with an old token: someone else used a copy of this cookie. All of the account's devices are revoked. */
    record Stolen(String username) implements Use {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration lifetime;

    RememberedDevices(
            JdbcClient jdbc,
            Clock clock,
            SecureRandom random,
            @Value("${buurtkaarten.sign-in.remember-days:30}") int lifetimeDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.random = random;
        this.lifetime = Duration.ofDays(lifetimeDays);
    }

    Duration lifetime() {
        return lifetime;
    }

    /** Remembers a new device for this account; returns its series and token for the cookie. */
    @Transactional
    String[] remember(String username) {
        Instant now = clock.instant();
        jdbc.sql("delete from remembered_device where last_used < ?")
                .param(Timestamp.from(now.minus(lifetime)))
                .update();
        String series = SecretTokens.generate(random);
        String token = SecretTokens.generate(random);
        jdbc.sql(
                        "insert into remembered_device (series, username, token_hash, created_at, last_used) values (?, ?, ?, ?, ?)")
                .params(series, username, SecretTokens.hash(token), Timestamp.from(now), Timestamp.from(now))
                .update();
        return new String[] {series, token};
    }

    /** Checks a presented series and token and, when they are the current pair, replaces the token. */
    @Transactional
    Use use(String series, String token) {
        if (!SecretTokens.isWellFormed(series) || !SecretTokens.isWellFormed(token)) {
            return new Unknown();
        }
        Optional<Row> found = jdbc.sql("select username, token_hash, previous_token_hash, rotated_at, last_used "
                        + "from remembered_device where series = ?")
                .param(series)
                .query((rs, n) -> new Row(
                        rs.getString("username"),
                        rs.getString("token_hash"),
                        rs.getString("previous_token_hash"),
                        rs.getTimestamp("rotated_at") == null
                                ? null
                                : rs.getTimestamp("rotated_at").toInstant(),
                        rs.getTimestamp("last_used").toInstant()))
                .optional();
        if (found.isEmpty()) {
            return new Unknown();
        }
        Row row = found.get();
        Instant now = clock.instant();
        if (row.lastUsed().plus(lifetime).isBefore(now)) {
            forget(series);
            return new Unknown();
        }
        String hash = SecretTokens.hash(token);
        if (hash.equals(row.tokenHash())) {
            String newToken = SecretTokens.generate(random);
            int changed = jdbc.sql(
                            "update remembered_device set token_hash = ?, previous_token_hash = ?, rotated_at = ?, last_used = ? "
                                    + "where series = ? and token_hash = ?")
                    .params(SecretTokens.hash(newToken), hash, Timestamp.from(now), Timestamp.from(now), series, hash)
                    .update();
            // Another request with the same cookie replaced the token a moment ago: that one hands out the new token.
            return new Accepted(row.username(), changed == 1 ? newToken : null);
        }
        if (hash.equals(row.previousTokenHash())
                && row.rotatedAt() != null
                && row.rotatedAt().plus(GRACE).isAfter(now)) {
            return new Accepted(row.username(), null);
        }
        revokeAll(row.username());
        return new Stolen(row.username());
    }

    @Transactional
    void forget(String series) {
        jdbc.sql("delete from remembered_device where series = ?").param(series).update();
    }

    /** Forgets every device of this account; returns how many there were. */
    @Transactional
    public int revokeAll(String username) {
        return jdbc.sql("delete from remembered_device where username = ?")
                .param(username)
                .update();
    }

    /** The devices this account is remembered on, most recently used first. */
    public List<Device> devices(String username) {
        Timestamp oldest = Timestamp.from(clock.instant().minus(lifetime));
        return jdbc.sql("select created_at, last_used from remembered_device where username = ? and last_used >= ? "
                        + "order by last_used desc")
                .params(username, oldest)
                .query((rs, n) -> new Device(
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used").toInstant()))
                .list();
    }

    private record Row(
            String username, String tokenHash, String previousTokenHash, Instant rotatedAt, Instant lastUsed) {}
}
