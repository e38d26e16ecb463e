package nl.buurtkaarten.summary;

import java.util.List;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.matching.Reason;

/** One suggestion: this parent could help that parent with this, and why it fits. */
public record SuggestedMatch(Participant helper, Participant receiver, SupportItem offer, SupportItem request, int score,
        List<Reason> reasons) {

    public SuggestedMatch {
        reasons = List.copyOf(reasons);
    }

    public boolean involves(long participantId) {
        return helper.id() == participantId || receiver.id() == participantId;
    }

    /** The other parent of the pair, seen from one of them. */
    public Participant otherThan(long participantId) {
        return helper.id() == participantId ? receiver : helper;
    }
}
