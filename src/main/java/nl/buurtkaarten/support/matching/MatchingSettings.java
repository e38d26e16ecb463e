package nl.buurtkaarten.support.matching;

/**
 * Settings of {@link Matcher#match}.
 *
 * @param maxMatchesPerHelper how many matches one parent may be asked for at most, over all of their offers
 * @param candidatesPerRequest how many of the best-fitting helpers per request the solver starts with; more are
 *     added while they could improve the result, so this changes only the speed, never the outcome
 */
public record MatchingSettings(int maxMatchesPerHelper, int candidatesPerRequest) {

    public static final int DEFAULT_MAX_MATCHES_PER_HELPER = 2;
    public static final int DEFAULT_CANDIDATES_PER_REQUEST = 4;

    public MatchingSettings {
        if (maxMatchesPerHelper < 0) {
            throw new IllegalArgumentException("maxMatchesPerHelper must not be negative: " + maxMatchesPerHelper);
        }
        if (candidatesPerRequest < 1) {
            throw new IllegalArgumentException("candidatesPerRequest must be at least 1: " + candidatesPerRequest);
        }
    }

    public MatchingSettings(int maxMatchesPerHelper) {
        this(maxMatchesPerHelper, DEFAULT_CANDIDATES_PER_REQUEST);
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings(DEFAULT_MAX_MATCHES_PER_HELPER, DEFAULT_CANDIDATES_PER_REQUEST);
    }
}
