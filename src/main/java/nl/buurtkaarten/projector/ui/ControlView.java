package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.buurtkaarten.base.PublicAddress;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.guide.ui.GuideView;
import nl.buurtkaarten.live.LiveReadTokens;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.meeting.ui.CurrentCard;
import nl.buurtkaarten.participation.AnswersNow;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.participation.ui.ParticipantsSection;
import nl.buurtkaarten.security.Roles;
import nl.buurtkaarten.summary.SummaryNow;
import nl.buurtkaarten.summary.SummaryService;
import nl.buurtkaarten.summary.ui.SummarySection;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.ui.AreasEditor;

/**
 * The meeting's remote control, for a phone or tablet in the facilitator's hand: the same
 * controls as on the projector, the card's notes, and every answer with a button to hide it.
 * Below them, each in its own feature's section: who takes part, the summary with its downloads,
 * the areas parents can pick, and the read token of the live API.
 */
@Route(value = "meeting/:meetingId(\\d+)/control", autoLayout = false)
@RolesAllowed(Roles.FACILITATOR)
public class ControlView extends FacilitatorScreen {

    private final ParticipationService participation;
    private final SupportService support;
    private final SummaryService summaries;
    private final LiveReadTokens readTokens;
    private final PublicAddress address;
    private MeetingNow shownMeeting;
    private int shownCount = -1;
    private AnswersNow shownAnswers;
    private final CardDisplay card = new CardDisplay(CardDisplay.Size.CONTROL);
    private final Paragraph notes = new Paragraph();
    /** The card's tags (the parent's style, the child's behaviour, the place), for the facilitator only. */
    private final Paragraph tags = new Paragraph();

    private final Paragraph summary = new Paragraph();
    private AnswerModeration answerList;
    private ParticipantsSection participants;
    private SummarySection summarySection;
    private MeetingControls controls;

    public ControlView(
            MeetingService meetings,
            ParticipationService participation,
            SupportService support,
            SummaryService summaries,
            LiveReadTokens readTokens,
            PublicAddress address,
            Screens screens,
            AuthenticationContext authentication) {
        super(meetings, screens, authentication, "control.title");
        this.readTokens = readTokens;
        this.address = address;
        this.summaries = summaries;
        this.participation = participation;
        this.support = support;
        addClassNames("bk-control", "bk-phone-page");
        notes.addClassName("bk-notes");
        summary.addClassName("bk-control-summary");
    }

    @Override
    void build() {
        Anchor backToList = new Anchor("", getTranslation("control.all-meetings"));
        backToList.addClassName("bk-back-link");
        H1 title = new H1(meeting.title());
        controls = new MeetingControls(meetings, meeting.id(), owner, false);
        tags.addClassName("bk-card-tags");
        Anchor safety = new Anchor(GuideView.SAFETY_LINK, getTranslation("control.guide.safety"));
        safety.addClassName("bk-guide-safety-link");
        Anchor guide = new Anchor(GuideView.ROUTE, getTranslation("control.guide"));
        guide.addClassName("bk-guide-link");
        Div guideLinks = new Div(guide, safety);
        guideLinks.addClassName("bk-guide-links");
        answerList = new AnswerModeration(participation, meeting.id(), owner);
        participants = new ParticipantsSection(meetings, participation, meeting.id(), owner, meeting.locked());
        summarySection = new SummarySection(summaries, meeting);
        add(
                backToList,
                title,
                summary,
                card,
                notes,
                tags,
                guideLinks,
                controls,
                new H2(getTranslation("control.answers")),
                answerList,
                participants,
                summarySection,
                new AreasEditor(support, meeting.id(), owner),
                new LiveApiSection(readTokens, meeting, owner, FacilitatedMeeting.baseUrl(address)));
        shownMeeting = null;
        shownAnswers = null;
        shownCount = -1;
    }

    @Override
    void draw(MeetingNow now, MeetingPicture picture) {
        boolean meetingChanged = !now.equals(shownMeeting);
        if (meetingChanged) {
            shownMeeting = now;
            meeting = now.meeting();
            participants.setLocked(meeting.locked());
            CurrentCard.show(card, now, meeting.language());
            showNotesAndTags(now);
            controls.update(meeting, now.progress());
        }
        Participants joined = picture.part(Participants.class);
        participants.show(joined);
        if (meetingChanged || joined.count() != shownCount) {
            shownCount = joined.count();
            summary.setText(getTranslation(
                    "control.summary",
                    meeting.displayCode(),
                    joined.count(),
                    getTranslation(meeting.isOpen() ? "meetings.status.open" : "meetings.status.closed")));
        }
        AnswersNow answers = picture.part(AnswersNow.class);
        if (meetingChanged || !answers.equals(shownAnswers)) {
            shownAnswers = answers;
            answerList.show(answers.all());
        }
        summarySection.show(picture.part(SummaryNow.class));
    }

    /** The current card's notes and tags, for the facilitator's eyes only; hidden without a card. */
    private void showNotesAndTags(MeetingNow now) {
        DrawnCard current = now.card();
        if (current == null) {
            notes.setVisible(false);
            tags.setVisible(false);
        } else {
            String note = current.notesIn(meeting.language());
            notes.setText(note == null ? "" : getTranslation("control.notes", note));
            notes.setVisible(note != null);
            List<String> named = now.tags().named().stream()
                    .map(tag -> getTranslation("tag.dimension." + tag.dimension()) + ": "
                            + getTranslation(tag.labelKey()).toLowerCase(getLocale()))
                    .toList();
            tags.setText(String.join(" · ", named));
            tags.setVisible(!named.isEmpty());
        }
    }
}
