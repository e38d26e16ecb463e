package nl.buurtkaarten.base;

/**
 * Something that happened in one meeting. Features publish these inside their transactions;
 * {@link MeetingBroadcaster} hands them to the live views after the transaction commits.
 */
public interface MeetingEvent {
    long meetingId();
}
