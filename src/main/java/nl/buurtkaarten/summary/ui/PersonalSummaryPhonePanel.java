package nl.buurtkaarten.summary.ui;

import com.vaadin.flow.component.Component;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ui.PhonePanel;
import nl.buurtkaarten.summary.ContactService;
import nl.buurtkaarten.summary.SummaryService;
import org.springframework.core.annotation.Order;

/** Puts the parent's own summary on their phone, above "Geven en vragen" once it is shown. */
@org.springframework.stereotype.Component
@Order(5)
class PersonalSummaryPhonePanel implements PhonePanel {

    private final MeetingService meetings;
    private final SummaryService summaries;
    private final ContactService contacts;
    private final Screens screens;

    PersonalSummaryPhonePanel(
            MeetingService meetings, SummaryService summaries, ContactService contacts, Screens screens) {
        this.meetings = meetings;
        this.summaries = summaries;
        this.contacts = contacts;
        this.screens = screens;
    }

    @Override
    public Component create(Meeting meeting, Participant participant, String token) {
        return new PersonalSummaryPanel(meeting, participant, token, meetings, summaries, contacts, screens);
    }
}
