package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import nl.buurtkaarten.base.PublicAddress;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the projector and the control view share: finding the facilitator's own meeting. */
final class FacilitatedMeeting {

    private FacilitatedMeeting() {}

    /** The meeting of the route, or null after sending a stranger back to the meetings page. */
    static Meeting resolve(BeforeEnterEvent event, MeetingService meetings, String owner) {
        long id = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        try {
            return meetings.ownedBy(id, owner);
        } catch (UserFacingException notFound) {
            event.forwardTo("");
            return null;
        }
    }

    /**
     * The address the facilitator's browser used to reach the app, as the base of the join address. Tomcat has
     * read it from the Host header (refusing one that is no host and port) and, from a trusted proxy only
     * ({@code server.tomcat.remoteip.*}), from X-Forwarded-Proto and -Host; Spring puts it together.
     */
    static String baseUrl(PublicAddress address) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return address.baseUrl(ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                    .build());
        }
        return address.baseUrl("http", "localhost", 8080);
    }
}
