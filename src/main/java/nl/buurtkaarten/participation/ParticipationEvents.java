package nl.buurtkaarten.participation;

import nl.buurtkaarten.base.MeetingEvent;

/** Events of the participation feature. */
public final class ParticipationEvents {

    private ParticipationEvents() {}

    public record ParticipantJoined(long meetingId, long participantId) implements MeetingEvent {}

    /** A parent deleted their data, or the facilitator removed them: they are gone from every screen. */
    public record ParticipantLeft(long meetingId, long participantId) implements MeetingEvent {}

    /** Something about the answers to one card changed. */
    public sealed interface AnswersChanged extends MeetingEvent {
        long drawId();

        long answerId();

        /** Whose answer it is, so that phones can ignore other parents' answers cheaply. */
        long participantId();
    }

    public record AnswerGiven(long meetingId, long drawId, long answerId, long participantId)
            implements AnswersChanged {}

    public record AnswerEdited(long meetingId, long drawId, long answerId, long participantId)
            implements AnswersChanged {}

    public record AnswerWithdrawn(long meetingId, long drawId, long answerId, long participantId)
            implements AnswersChanged {}

    /** The facilitator hid an answer from the screen, or showed it again. */
    public record AnswerHidden(long meetingId, long drawId, long answerId, long participantId, boolean hidden)
            implements AnswersChanged {}
}
