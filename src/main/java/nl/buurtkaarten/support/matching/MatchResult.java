package nl.buurtkaarten.support.matching;

import java.util.List;

/**
 * The outcome of {@link Matcher#match}.
 *
 * @param matches the chosen matches, ordered by request id
 * @param unmatched the requests without a match, ordered by id
 */
public record MatchResult(List<Match> matches, List<Request> unmatched) {

    public MatchResult {
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
    }
}
