package nl.buurtkaarten.meeting.ui;

import com.vaadin.flow.component.Component;
import nl.buurtkaarten.meeting.Meeting;
import org.springframework.modulith.NamedInterface;

/**
 * An extra action beside a meeting in the facilitator's list, added by a later feature (a
 * follow-up meeting) without this page depending on it. Implementations are Spring beans.
 */
@NamedInterface("ui")
public interface MeetingListAction {

    Component create(Meeting meeting);
}
