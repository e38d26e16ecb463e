package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.base.PublicAddress;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.meeting.ui.CurrentCard;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.AnswersNow;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.security.Roles;
import nl.buurtkaarten.summary.SummaryNow;
import nl.buurtkaarten.summary.ui.SummaryDisplay;
import nl.buurtkaarten.support.SupportNow;

/**
 * The meeting on the projector (made for 1920×1080, legible from the back of the room): the
 * current card large, how to join always in a corner, who has joined, the answers live, and the
 * facilitator's controls, which also work from the keyboard.
 */
@Route(value = "meeting/:meetingId(\\d+)/projector", autoLayout = false)
@RolesAllowed(Roles.FACILITATOR)
public class ProjectorView extends FacilitatorScreen {

    private static final int NAMES_SHOWN = 60;
    private final SupportChart supportChart = new SupportChart();
    private final SummaryDisplay summary = new SummaryDisplay(8);
    private final PublicAddress address;
    private final CardDisplay card = new CardDisplay(CardDisplay.Size.PROJECTOR);
    private final AnswerWall answers;
    private final Div participants = new Div();
    private final Span status = new Span();
    private final H1 title = new H1();
    private final Aside side = new Aside();
    private MeetingNow shownMeeting;
    private List<Answer> shownAnswers;
    private Participants shownParticipants;
    private Map<?, ?> shownCounts;
    private SummaryNow shownSummary;
    private MeetingControls controls;
    private JoinPanel joinPanel;
    private DrawnCard current;

    public ProjectorView(
            MeetingService meetings,
            ParticipationService participation,
            PublicAddress address,
            Screens screens,
            AuthenticationContext authentication) {
        super(meetings, screens, authentication, "app.name");
        this.address = address;
        addClassName("bk-projector");
        answers = new AnswerWall(
                answerId -> Messages.attempt(this, () -> participation.setHidden(meeting.id(), owner, answerId, true)));
        participants.addClassName("bk-participants");
        status.addClassName("bk-status");
    }

    @Override
    void build() {
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
        shownMeeting = null;
        shownAnswers = null;
        shownParticipants = null;
        shownCounts = null;
        shownSummary = null;
    }

    /**
     * Draws the meeting's live picture, each part of the screen only when what it shows changed:
     * when thirty parents answer in the same second the wall is drawn once or twice, and the card,
     * the names and the chart not at all.
     */
    @Override
    void draw(MeetingNow now, MeetingPicture picture) {
        boolean meetingChanged = !now.equals(shownMeeting);
        if (meetingChanged) {
            shownMeeting = now;
            meeting = now.meeting();
            current = now.card();
            CurrentCard.show(card, now, meeting.language());
            status.setText(meeting.isOpen() ? "" : getTranslation("projector.closed"));
            status.setVisible(!meeting.isOpen());
            // A closed meeting takes no one new: the code and QR code would only disappoint.
            joinPanel.setVisible(meeting.isOpen());
            controls.update(meeting, now.progress());
        }
        List<Answer> visible = picture.part(AnswersNow.class).visible();
        if (meetingChanged || !visible.equals(shownAnswers)) {
            shownAnswers = visible;
            answers.show(current, visible, meeting.answersVisible());
        }
        Participants joined = picture.part(Participants.class);
        if (!joined.equals(shownParticipants)) {
            shownParticipants = joined;
            refreshParticipants(joined.all());
        }
        var counts = picture.part(SupportNow.class).counts();
        if (!counts.equals(shownCounts)) {
            shownCounts = counts;
            supportChart.show(counts);
        }
        refreshSummary(picture.part(SummaryNow.class), meetingChanged);
    }

    /** Once the facilitator shows it, or the meeting closed, the summary takes the card's place. */
    private void refreshSummary(SummaryNow now, boolean meetingChanged) {
        boolean shown = meeting.showsSummary();
        card.setVisible(!shown);
        answers.setVisible(!shown);
        summary.setVisible(shown);
        if (shown && (meetingChanged || !now.equals(shownSummary))) {
            shownSummary = now;
            summary.show(now.summary());
        }
    }

    private void refreshParticipants(List<Participant> all) {
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
}
