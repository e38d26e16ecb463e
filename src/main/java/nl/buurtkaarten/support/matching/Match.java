package nl.buurtkaarten.support.matching;

import java.util.List;

/**
 * A suggestion: the helper's offer could serve the receiver's request.
 *
 * @param helperId the participant who made the offer
 * @param receiverId the participant who made the request
 * @param score how well it fits (see the table in {@code package-info}); always positive
 * @param reasons why it fits, in a fixed order: topic, kind, time, place, give and take
 */
public record Match(long offerId, long requestId, long helperId, long receiverId, int score, List<Reason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
