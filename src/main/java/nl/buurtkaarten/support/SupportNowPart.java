package nl.buurtkaarten.support;

import java.util.List;
import nl.buurtkaarten.base.MeetingEvent;
import nl.buurtkaarten.base.live.PicturePart;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.participation.Participants;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Reads the meeting's offers and requests again when a parent changed theirs or left. */
@Component
@Order(40)
class SupportNowPart implements PicturePart<SupportNow> {

    private final SupportService support;

    SupportNowPart(SupportService support) {
        this.support = support;
    }

    @Override
    public Class<SupportNow> type() {
        return SupportNow.class;
    }

    @Override
    public boolean isStale(List<MeetingEvent> events, Building picture) {
        return picture.hasChanged(Participants.class)
                || events.stream().anyMatch(event -> event instanceof SupportEvents.SupportChanged);
    }

    @Override
    public SupportNow read(long meetingId, Building picture) {
        return new SupportNow(picture.part(MeetingNow.class).isGone() ? List.of() : support.ofMeeting(meetingId));
    }
}
