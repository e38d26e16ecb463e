package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.JoinThrottle;
import org.springframework.modulith.NamedInterface;

/** Where a parent without the QR code types the code from the screen. */
@Route(value = "join", autoLayout = false)
@AnonymousAllowed
// The app shell names the parents' pages so that their components load with the first page
// (@LoadDependenciesOnStartup).
@NamedInterface("ui")
public class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final JoinThrottle throttle;

    public JoinView(MeetingService meetings, JoinThrottle throttle) {
        this.meetings = meetings;
        this.throttle = throttle;
        addClassNames("bk-phone-page", "bk-join");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), ParentLanguage.current());
        getElement().getClassList().set("bk-easy", EasyMode.isOn());
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("join.intro"));
        intro.addClassName("bk-intro");
        CodeForm form = new CodeForm(meetings, throttle);
        add(ParentLanguage.bar(), new H1(getTranslation("join.title")), intro, form);
        form.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · " + getTranslation("app.name");
    }
}
