package nl.buurtkaarten.summary;

import java.util.List;
import java.util.function.BiFunction;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.support.SupportItem;

/**
 * The summary in the live picture: who could support whom, worked out once per picture and only
 * when a screen asks for it, then shared by the projector, the control view and every phone (a
 * parent's own part is read from it, never worked out per phone).
 */
public final class SummaryNow {

    private final List<Participant> participants;
    private final List<SupportItem> items;
    private final BiFunction<List<Participant>, List<SupportItem>, MeetingSummary> matching;
    private volatile MeetingSummary summary;

    SummaryNow(
            List<Participant> participants,
            List<SupportItem> items,
            BiFunction<List<Participant>, List<SupportItem>, MeetingSummary> matching) {
        this.participants = List.copyOf(participants);
        this.items = List.copyOf(items);
        this.matching = matching;
    }

    public MeetingSummary summary() {
        MeetingSummary result = summary;
        if (result == null) {
            synchronized (this) {
                result = summary;
                if (result == null) {
                    result = matching.apply(participants, items);
                    summary = result;
                }
            }
        }
        return result;
    }

    /** One parent's part: whom they could help and who could help them. */
    public List<SuggestedMatch> of(long participantId) {
        return summary().matchesOf(participantId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SummaryNow now && now.participants.equals(participants) && now.items.equals(items);
    }

    @Override
    public int hashCode() {
        return participants.hashCode() * 31 + items.hashCode();
    }
}
