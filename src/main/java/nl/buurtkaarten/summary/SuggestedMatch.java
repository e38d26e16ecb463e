package nl.buurtkaarten.summary;

import java.util.List;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.matching.Reason;
import nl.buurtkaarten.support.matching.ReasonKind;

/**
 * One pair: this parent could help that parent, and why it fits. Either the helper offered what was asked (a topic
 * match), or only something else of the same kind of support: then it is just a {@link #suggestion()}, and every
 * place that shows it must say so and name what the helper did offer (see {@link SummaryTexts}).
 */
public record SuggestedMatch(
        Participant helper,
        Participant receiver,
        SupportItem offer,
        SupportItem request,
        int score,
        List<Reason> reasons) {

    public SuggestedMatch {
        reasons = List.copyOf(reasons);
    }

    /** True when the helper offered another topic of the same kind of support: an idea, not an offer of this help. */
    public boolean suggestion() {
        return reasons.stream().noneMatch(reason -> reason.kind() == ReasonKind.SAME_TOPIC);
    }

    public boolean involves(long participantId) {
        return helper.id() == participantId || receiver.id() == participantId;
    }

    /** The other parent of the pair, seen from one of them. */
    public Participant otherThan(long participantId) {
        return helper.id() == participantId ? receiver : helper;
    }
}
