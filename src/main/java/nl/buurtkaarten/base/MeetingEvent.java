package nl.buurtkaarten.base;

/**
 * Something that happened in one meeting. Features publish these inside their transactions;
 * {@link nl.buurtkaarten.base.live.MeetingPictures} builds the live picture of the meeting from them after the transaction commits.
 */
public interface MeetingEvent extends AcrossNodes {
    long meetingId();
}
