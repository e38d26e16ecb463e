package nl.buurtkaarten.meeting;

import nl.buurtkaarten.base.live.PicturePart;
import nl.buurtkaarten.cards.CardTags;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The meeting's part of the live picture, read again when the meeting itself changed. */
@Configuration(proxyBeanMethods = false)
class MeetingNowPart {

    @Bean
    @Order(10)
    PicturePart<MeetingNow> meetingPart(MeetingService meetings) {
        return PicturePart.of(
                MeetingNow.class,
                (events, picture) ->
                        events.stream().anyMatch(event -> event.getClass().getEnclosingClass() == MeetingEvents.class),
                (meetingId, picture) -> meetings.find(meetingId)
                        .map(meeting -> {
                            DrawnCard card = meeting.currentDrawId() == null
                                    ? null
                                    : meetings.drawnCard(meeting.currentDrawId())
                                            .orElse(null);
                            return new MeetingNow(
                                    meeting,
                                    card,
                                    card == null ? null : meetings.imageOf(card).orElse(null),
                                    card == null ? CardTags.NONE : meetings.tagsOf(card),
                                    meetings.progress(meetingId));
                        })
                        .orElseGet(MeetingNow::gone));
    }
}
