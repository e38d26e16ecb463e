package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.buurtkaarten.base.MeetingBroadcaster;
import nl.buurtkaarten.base.MeetingEvent;
import nl.buurtkaarten.base.PublicAddress;
import nl.buurtkaarten.base.ui.LiveFollower;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingEvents;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.meeting.ui.CardDisplay;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationEvents;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.security.Roles;
import nl.buurtkaarten.summary.SummaryService;
import nl.buurtkaarten.summary.ui.SummaryDisplay;
import nl.buurtkaarten.support.SupportEvents;
import nl.buurtkaarten.support.SupportService;

/**
 * The meeting on the projector (made for 1920×1080, legible from the back of the room): the
 * current card large, how to join always in a corner, who has joined, the answers live, and the
 * facilitator's controls, which also work from the keyboard.
 */
@Route(value = "meeting/:meetingId(\\d+)/projector", autoLayout = false)
@RolesAllowed(Roles.FACILITATOR)
public class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int NAMES_SHOWN = 60;
    /** At most one push to a facilitator's screen per this window: about four per second. */
    static final java.time.Duration PUSH_WINDOW = java.time.Duration.ofMillis(250);

    private final MeetingService meetings;
    private final ParticipationService participation;
    private final SupportService support;
    private final SupportChart supportChart = new SupportChart();
    private final SummaryService summaries;
    private final SummaryDisplay summary = new SummaryDisplay(8);
    private final PublicAddress address;
    private final String owner;
    private final CardDisplay card = new CardDisplay(CardDisplay.Size.PROJECTOR);
    private final AnswerWall answers;
    private final Div participants = new Div();
    private final Span status = new Span();
    private final H1 title = new H1();
    private final Aside side = new Aside();
    private final LiveFollower live;
    private MeetingControls controls;
    private JoinPanel joinPanel;
    private Meeting meeting;
    private DrawnCard current;

    public ProjectorView(MeetingService meetings, ParticipationService participation, SupportService support,
            SummaryService summaries, PublicAddress address, MeetingBroadcaster broadcaster, AuthenticationContext authentication) {
        this.summaries = summaries;
        this.meetings = meetings;
        this.participation = participation;
        this.support = support;
        this.address = address;
        this.owner = authentication.getPrincipalName().orElseThrow();
        addClassName("bk-projector");
        answers = new AnswerWall(answerId -> Messages.attempt(this,
                () -> participation.setHidden(meeting.id(), owner, answerId, true)));
        live = LiveFollower.batched(broadcaster, this, PUSH_WINDOW, this::onEvents);
        participants.addClassName("bk-participants");
        status.addClassName("bk-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meeting = FacilitatedMeeting.resolve(event, meetings, owner);
        if (meeting == null) {
            return;
        }
        Locales.apply(event.getUI(), Locales.forLanguage(meeting.language()));
        build();
        live.follow(meeting.id());
    }

    private void build() {
        removeAll();
        String baseUrl = FacilitatedMeeting.baseUrl(address);
        title.setText(meeting.title());
        Header header = new Header(title, status);
        header.addClassName("bk-projector-header");

        Section stage = new Section(card, answers, summary);
        stage.addClassName("bk-stage");

        side.removeAll();
        side.addClassName("bk-projector-side");
        joinPanel = new JoinPanel(meeting, baseUrl, address.joinUrl(baseUrl, meeting.joinCode()));
        side.add(joinPanel, supportChart, participants);

        controls = new MeetingControls(meetings, meeting.id(), owner, true);
        Footer footer = new Footer(controls);
        footer.addClassName("bk-projector-footer");
        add(header, stage, side, footer);
        refreshAll();
    }

    /**
     * Redraws each part of the screen at most once per batch: when thirty parents answer in the
     * same second the wall is drawn once or twice, not thirty times.
     */
    private void onEvents(List<MeetingEvent> events) {
        boolean all = false;
        boolean answersOfCurrent = false;
        boolean joined = false;
        boolean supportChanged = false;
        for (MeetingEvent event : events) {
            switch (event) {
                case MeetingEvents.MeetingDeleted deleted -> {
                    getUI().ifPresent(ui -> ui.navigate(""));
                    return;
                }
                case ParticipationEvents.ParticipantJoined joinedEvent -> joined = true;
                case SupportEvents.SupportChanged changed -> supportChanged = true;
                case SupportEvents.AreasChanged changed -> { }
                case ParticipationEvents.AnswersChanged changed ->
                        answersOfCurrent |= current != null && changed.drawId() == current.id();
                default -> all = true;
            }
        }
        if (all) {
            refreshAll();
            return;
        }
        if (answersOfCurrent) {
            refreshAnswers();
        }
        if (joined) {
            refreshParticipants();
        }
        if (supportChanged) {
            supportChart.show(support.counts(meeting.id()));
            refreshSummary();
        }
    }

    private void refreshAll() {
        meeting = meetings.find(meeting.id()).orElse(meeting);
        current = meetings.currentCard(meeting.id()).orElse(null);
        if (current == null) {
            card.showWaiting();
        } else {
            card.show(current, meeting.language());
            card.showImage(meetings.imageOf(current));
        }
        status.setText(meeting.isOpen() ? "" : getTranslation("projector.closed"));
        status.setVisible(!meeting.isOpen());
        // A closed meeting takes no one new: the code and QR code would only disappoint.
        joinPanel.setVisible(meeting.isOpen());
        controls.update(meeting, meetings.progress(meeting.id()));
        refreshAnswers();
        refreshParticipants();
        supportChart.show(support.counts(meeting.id()));
        refreshSummary();
    }

    /** Once the facilitator shows it, or the meeting closed, the summary takes the card's place. */
    private void refreshSummary() {
        boolean shown = meeting.showsSummary();
        card.setVisible(!shown);
        answers.setVisible(!shown);
        summary.setVisible(shown);
        if (shown) {
            summary.show(summaries.summary(meeting.id()));
        }
    }

    private void refreshAnswers() {
        answers.show(current, current == null ? List.of() : participation.visibleAnswers(current.id()), meeting.answersVisible());
    }

    private void refreshParticipants() {
        List<Participant> all = participation.participants(meeting.id());
        participants.removeAll();
        Paragraph count = new Paragraph(getTranslation("projector.participants.count", all.size()));
        count.addClassName("bk-participants-count");
        Div names = new Div();
        names.addClassName("bk-participant-names");
        // Newest first; the box shows as many whole rows as fit (WholeRows), the count says how many in all.
        all.reversed().stream().limit(NAMES_SHOWN).forEach(participant -> {
            Span name = new Span(participant.nickname());
            name.addClassName("bk-participant-name");
            names.add(name);
        });
        participants.add(count, names);
        WholeRows.fit(participants, ".bk-participant-names", ".bk-participant-name");
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? "" : meeting.title() + " · ") + getTranslation("app.name");
    }
}
