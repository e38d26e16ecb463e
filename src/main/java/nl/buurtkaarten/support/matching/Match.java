package nl.buurtkaarten.support.matching;

import java.util.List;

/**
 * A pair: the helper's offer could serve the receiver's request. Either a topic match (the helper offered what was asked
 * for) or, when only the kind of support is the same, a suggestion: the helper offered something else of that kind and
 * might be asked whether they could help with this too. See {@link #sameTopic()}.
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

    /**
     * True when the helper offered the topic that was asked for; false for a suggestion, where only the kind of support
     * is the same and nobody has offered this help yet.
     */
    public boolean sameTopic() {
        return reasons.stream().anyMatch(reason -> reason.kind() == ReasonKind.SAME_TOPIC);
    }
}
