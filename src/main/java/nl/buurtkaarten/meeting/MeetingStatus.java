package nl.buurtkaarten.meeting;

public enum MeetingStatus {
    OPEN,
    CLOSED
}
