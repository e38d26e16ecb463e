package nl.buurtkaarten.support;

import java.util.List;
import nl.buurtkaarten.base.live.PicturePart;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.participation.Participants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Support's part of the live picture: read again when a parent changed their offers or requests, or left. */
@Configuration(proxyBeanMethods = false)
class SupportNowPart {

    @Bean
    @Order(40)
    PicturePart<SupportNow> supportPart(SupportService support) {
        return PicturePart.of(
                SupportNow.class,
                (events, picture) -> picture.hasChanged(Participants.class)
                        || PicturePart.anyOf(events, SupportEvents.SupportChanged.class),
                (meetingId, picture) -> new SupportNow(
                        picture.part(MeetingNow.class).isGone() ? List.of() : support.ofMeeting(meetingId)));
    }
}
