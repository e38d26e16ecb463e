package nl.buurtkaarten.participation;

import java.util.List;
import nl.buurtkaarten.base.MeetingEvent;
import nl.buurtkaarten.base.live.PicturePart;
import nl.buurtkaarten.meeting.MeetingNow;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Participation's parts of the live picture: who joined, and the answers to the current card. */
final class ParticipationParts {

    private ParticipationParts() {
    }

    @Component
    @Order(20)
    static class ParticipantsPart implements PicturePart<Participants> {

        private final ParticipationService participation;

        ParticipantsPart(ParticipationService participation) {
            this.participation = participation;
        }

        @Override
        public Class<Participants> type() {
            return Participants.class;
        }

        @Override
        public boolean isStale(List<MeetingEvent> events, Building picture) {
            return picture.hasChanged(MeetingNow.class) && picture.part(MeetingNow.class).isGone()
                    || events.stream().anyMatch(event -> event instanceof ParticipationEvents.ParticipantJoined
                            || event instanceof ParticipationEvents.ParticipantLeft);
        }

        @Override
        public Participants read(long meetingId, Building picture) {
            return new Participants(picture.part(MeetingNow.class).isGone() ? List.of() : participation.participants(meetingId));
        }
    }

    @Component
    @Order(30)
    static class AnswersPart implements PicturePart<AnswersNow> {

        private final ParticipationService participation;

        AnswersPart(ParticipationService participation) {
            this.participation = participation;
        }

        @Override
        public Class<AnswersNow> type() {
            return AnswersNow.class;
        }

        @Override
        public boolean isStale(List<MeetingEvent> events, Building picture) {
            long drawId = picture.part(MeetingNow.class).drawId();
            return picture.hasChanged(MeetingNow.class) || picture.hasChanged(Participants.class)
                    || events.stream().anyMatch(event -> event instanceof ParticipationEvents.AnswersChanged changed
                            && changed.drawId() == drawId);
        }

        @Override
        public AnswersNow read(long meetingId, Building picture) {
            long drawId = picture.part(MeetingNow.class).drawId();
            return new AnswersNow(drawId, drawId == 0 ? List.of() : participation.answersTo(drawId));
        }
    }
}
