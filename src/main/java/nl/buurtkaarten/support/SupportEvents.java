package nl.buurtkaarten.support;

import nl.buurtkaarten.base.MeetingEvent;

/** Events of the support feature. */
public final class SupportEvents {

    private SupportEvents() {}

    /** A parent added, changed or withdrew an offer or a request. */
    public record SupportChanged(long meetingId, long participantId) implements MeetingEvent {}

    /** The facilitator changed the list of streets and areas. */
    public record AreasChanged(long meetingId) implements MeetingEvent {}
}
