package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import nl.buurtkaarten.base.PublicAddress;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;

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

    static String baseUrl(PublicAddress address) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return address.baseUrl("http", "localhost", 8080);
        }
        // Behind a trusted proxy Tomcat has already read X-Forwarded-Proto (server.tomcat.remoteip.*) and marked the
        // request secure; from anyone else the header means nothing, and only http or https can come out.
        String scheme = request.isSecure() ? "https" : "http";
        String host = request.getHeader("Host");
        if (host != null && !host.isBlank()) {
            int colon = host.lastIndexOf(':');
            boolean hasPort = colon > 0 && host.indexOf(']') < colon;
            String name = hasPort ? host.substring(0, colon) : host;
            int port = hasPort ? Integer.parseInt(host.substring(colon + 1)) : "https".equals(scheme) ? 443 : 80;
            return address.baseUrl(scheme, name, port);
        }
        return address.baseUrl(scheme, "localhost", 8080);
    }
}
