package nl.buurtkaarten.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed attempts per key (an account, a client address, or both) and says when a key has
 * had too many lately: a Bucket4j token bucket per key, holding {@code maxAttempts} tries that come
 * back evenly over {@code window}. The buckets live in a Caffeine map of at most {@code maxKeys}
 * entries that forgets a key once its bucket would be full again, so neither many keys nor long
 * keys fill the memory. The one mechanism behind the sign-in and the join throttles.
 */
public final class AttemptLimiter {

    /** Keys longer than this are cut; a user name or an address is far shorter. */
    static final int MAX_KEY_LENGTH = 200;

    private final Cache<String, Bucket> buckets;
    private final int maxAttempts;
    private final Duration window;
    private final TimeMeter time;

    public AttemptLimiter(Clock clock, int maxAttempts, Duration window, long maxKeys) {
        if (maxAttempts < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one attempt in a positive window");
        }
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                // A bucket left alone for a whole window is full again: forgetting it changes nothing.
                .expireAfterAccess(window)
                .ticker(time::currentTimeNanos)
                .build();
    }

    /** True when this key has no attempts left for now. */
    public boolean isBlocked(String key) {
        Bucket bucket = buckets.getIfPresent(cut(key));
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    /** Records one failed attempt. */
    public void failed(String key) {
        buckets.get(
                        cut(key),
                        any -> Bucket.builder()
                                .addLimit(limit -> limit.capacity(maxAttempts).refillGreedy(maxAttempts, window))
                                .withCustomTimePrecision(time)
                                .build())
                .tryConsume(1);
    }

    /** How long until this key may try again; zero when it may now. */
    public Duration retryAfter(String key) {
        Bucket bucket = buckets.getIfPresent(cut(key));
        if (bucket == null) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Forgets the failures of this key, e.g. after a successful sign-in. */
    public void forget(String key) {
        buckets.invalidate(cut(key));
    }

    /** How many keys are held now (after expired and surplus ones are dropped). */
    public long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static String cut(String key) {
        String value = key == null ? "" : key;
        return value.length() > MAX_KEY_LENGTH ? value.substring(0, MAX_KEY_LENGTH) : value;
    }
}
