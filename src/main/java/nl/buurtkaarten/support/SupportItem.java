package nl.buurtkaarten.support;

import java.util.Set;
import nl.buurtkaarten.cards.SupportKind;

/**
 * An offer or a request of one parent in one meeting.
 *
 * @param otherTopic the parent's own words when the topic is {@link Topic#OTHER}
 * @param when the parts of the week the parent is free; empty means any time
 * @param area the street or area, from the meeting's list; null means anywhere
 */
public record SupportItem(
        long id,
        long meetingId,
        long participantId,
        Direction direction,
        SupportKind kind,
        Topic topic,
        String otherTopic,
        Set<Slot> when,
        String area,
        String note) {

    public SupportItem {
        when = Set.copyOf(when);
    }
}
