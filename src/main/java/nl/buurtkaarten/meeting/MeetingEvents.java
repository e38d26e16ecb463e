package nl.buurtkaarten.meeting;

import nl.buurtkaarten.base.MeetingEvent;

/** Events of the meeting feature, named for what happened. */
public final class MeetingEvents {

    private MeetingEvents() {}

    /** Another card is now the current one (drawn, skipped to, or gone back to). */
    public record CurrentCardChanged(long meetingId, long drawId) implements MeetingEvent {}

    /** Every card may be drawn once more. */
    public record DrawRoundStarted(long meetingId) implements MeetingEvent {}

    /** The facilitator showed or hid the answers on the projector. */
    public record AnswersVisibilityChanged(long meetingId, boolean visible) implements MeetingEvent {}

    /** The facilitator showed or hid "who could support whom". */
    public record SummaryVisibilityChanged(long meetingId, boolean visible) implements MeetingEvent {}

    /** The meeting and everything in it was deleted, by the facilitator or after the retention period. */
    public record MeetingDeleted(long meetingId) implements MeetingEvent {}

    /** The facilitator locked the meeting against new parents, or opened it to them again. */
    public record JoiningLocked(long meetingId, boolean locked) implements MeetingEvent {}

    /** The meeting was closed or opened again. */
    public record MeetingStatusChanged(long meetingId, MeetingStatus status) implements MeetingEvent {}
}
