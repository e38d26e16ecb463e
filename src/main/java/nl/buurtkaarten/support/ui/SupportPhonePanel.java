package nl.buurtkaarten.support.ui;

import nl.buurtkaarten.base.MeetingBroadcaster;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ui.PhonePanel;
import nl.buurtkaarten.support.SupportService;
import org.springframework.core.annotation.Order;

/** Puts "Geven en vragen" on every parent's phone. */
@org.springframework.stereotype.Component
@Order(10)
class SupportPhonePanel implements PhonePanel {

    private final SupportService support;
    private final MeetingService meetings;
    private final MeetingBroadcaster broadcaster;

    SupportPhonePanel(SupportService support, MeetingService meetings, MeetingBroadcaster broadcaster) {
        this.support = support;
        this.meetings = meetings;
        this.broadcaster = broadcaster;
    }

    @Override
    public com.vaadin.flow.component.Component create(Meeting meeting, Participant participant, String token) {
        return new SupportPanel(meeting, token, support, meetings, broadcaster);
    }
}
