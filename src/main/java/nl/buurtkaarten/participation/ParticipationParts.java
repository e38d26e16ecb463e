package nl.buurtkaarten.participation;

import java.util.List;
import nl.buurtkaarten.base.live.PicturePart;
import nl.buurtkaarten.meeting.MeetingNow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Participation's parts of the live picture: who joined, and the answers to the current card. */
@Configuration(proxyBeanMethods = false)
class ParticipationParts {

    @Bean
    @Order(20)
    PicturePart<Participants> participantsPart(ParticipationService participation) {
        return PicturePart.of(
                Participants.class,
                (events, picture) -> picture.hasChanged(MeetingNow.class)
                                && picture.part(MeetingNow.class).isGone()
                        || PicturePart.anyOf(events, ParticipationEvents.ParticipantJoined.class)
                        || PicturePart.anyOf(events, ParticipationEvents.ParticipantLeft.class),
                (meetingId, picture) -> new Participants(
                        picture.part(MeetingNow.class).isGone() ? List.of() : participation.participants(meetingId)));
    }

    @Bean
    @Order(30)
    PicturePart<AnswersNow> answersPart(ParticipationService participation) {
        return PicturePart.of(
                AnswersNow.class,
                (events, picture) -> {
                    long drawId = picture.part(MeetingNow.class).drawId();
                    return picture.hasChanged(MeetingNow.class)
                            || picture.hasChanged(Participants.class)
                            || events.stream()
                                    .anyMatch(event -> event instanceof ParticipationEvents.AnswersChanged changed
                                            && changed.drawId() == drawId);
                },
                (meetingId, picture) -> {
                    long drawId = picture.part(MeetingNow.class).drawId();
                    return new AnswersNow(drawId, drawId == 0 ? List.of() : participation.answersTo(drawId));
                });
    }
}
