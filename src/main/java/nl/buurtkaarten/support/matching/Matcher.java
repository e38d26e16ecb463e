package nl.buurtkaarten.support.matching;

import java.util.List;

/**
 * Suggests who could support whom: pairs offers with requests. Pure and deterministic; safe to call from several
 * threads at once. See {@code package-info} for the model, the score and the solver.
 */
public final class Matcher {

    private Matcher() {}

    /**
     * Chooses the matches: as many as possible, and among those the highest total score, with every request served
     * at most once, every parent helping in at most {@link MatchingSettings#maxMatchesPerHelper()} matches, and nobody
     * matched with themselves. The same input in any order gives the same result.
     *
     * @throws IllegalArgumentException when two offers or two requests share an id
     */
    public static MatchResult match(List<Offer> offers, List<Request> requests, MatchingSettings settings) {
        return new MatchingRun(offers, requests, settings).result();
    }

    /** {@link #match(List, List, MatchingSettings)} with {@link MatchingSettings#defaults()}. */
    public static MatchResult match(List<Offer> offers, List<Request> requests) {
        return match(offers, requests, MatchingSettings.defaults());
    }
}
