package nl.buurtkaarten.meeting;

import java.util.List;
import nl.buurtkaarten.base.MeetingEvent;
import nl.buurtkaarten.base.live.PicturePart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Reads the meeting's part of the live picture again when the meeting itself changed. */
@Component
@Order(10)
class MeetingNowPart implements PicturePart<MeetingNow> {

    private final MeetingService meetings;

    MeetingNowPart(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public Class<MeetingNow> type() {
        return MeetingNow.class;
    }

    @Override
    public boolean isStale(List<MeetingEvent> events, Building picture) {
        return events.stream().anyMatch(event -> event.getClass().getEnclosingClass() == MeetingEvents.class);
    }

    @Override
    public MeetingNow read(long meetingId, Building picture) {
        return meetings.find(meetingId).map(meeting -> {
            DrawnCard card = meeting.currentDrawId() == null ? null : meetings.drawnCard(meeting.currentDrawId()).orElse(null);
            return new MeetingNow(meeting, card,
                    card == null ? null : meetings.imageOf(card).orElse(null),
                    card == null ? nl.buurtkaarten.cards.CardTags.NONE : meetings.tagsOf(card),
                    meetings.progress(meetingId));
        }).orElseGet(MeetingNow::gone);
    }
}
