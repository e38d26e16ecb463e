package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Screen;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.meeting.MeetingService;

/**
 * What the projector and the control view share as pages: the facilitator's own meeting from the
 * route, shown in the meeting's language and drawn from its live picture, until the meeting is
 * deleted and the page goes back to the list of meetings.
 */
abstract class FacilitatorScreen extends Main implements BeforeEnterObserver, HasDynamicTitle, Screen {

    final MeetingService meetings;
    final String owner;
    private final Screens screens;
    private final String titleKey;
    private Registration following;
    /** The meeting shown, as last drawn; null before the page was entered. */
    Meeting meeting;

    FacilitatorScreen(MeetingService meetings, Screens screens, AuthenticationContext authentication, String titleKey) {
        this.meetings = meetings;
        this.screens = screens;
        this.titleKey = titleKey;
        this.owner = authentication.getPrincipalName().orElseThrow();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meeting = FacilitatedMeeting.resolve(event, meetings, owner);
        if (meeting == null) {
            return;
        }
        Locales.apply(event.getUI(), Locales.forLanguage(meeting.language()));
        removeAll();
        build();
        if (following != null) {
            following.remove();
        }
        following = screens.follow(this, meeting.id(), this);
    }

    /** Builds the page for {@link #meeting}, forgetting what it showed; the live picture is drawn next. */
    abstract void build();

    @Override
    public void show(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            getUI().ifPresent(ui -> ui.navigate(""));
            return;
        }
        draw(now, picture);
    }

    /** The hall and the facilitator see a change before the phones get theirs. */
    @Override
    public boolean drawnFirst() {
        return true;
    }

    /** Draws the live picture of a meeting that still exists, each part only when what it shows changed. */
    abstract void draw(MeetingNow now, MeetingPicture picture);

    @Override
    public String getPageTitle() {
        return (meeting == null ? "" : meeting.title() + " · ") + getTranslation(titleKey);
    }
}
