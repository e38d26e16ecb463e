package nl.buurtkaarten.support.ui;

import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ui.PhonePanel;
import nl.buurtkaarten.support.SupportService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts "Geven en vragen" on every parent's phone. */
@Component
@Order(10)
class SupportPhonePanel implements PhonePanel {

    private final SupportService support;
    private final Screens screens;

    SupportPhonePanel(SupportService support, Screens screens) {
        this.support = support;
        this.screens = screens;
    }

    @Override
    public com.vaadin.flow.component.Component create(Meeting meeting, Participant participant, String token) {
        return new SupportPanel(meeting, participant.id(), token, support, screens);
    }
}
