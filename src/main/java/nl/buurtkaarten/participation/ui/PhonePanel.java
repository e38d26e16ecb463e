package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.Component;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.participation.Participant;
import org.springframework.modulith.NamedInterface;

/**
 * A part of the parent's phone page that a later feature adds (offers and requests, the personal
 * summary), so that this feature's page does not depend on those features. Implementations are
 * Spring beans; the page shows their panels below the card, in their order.
 */
@NamedInterface("ui")
public interface PhonePanel {

    Component create(Meeting meeting, Participant participant, String token);
}
