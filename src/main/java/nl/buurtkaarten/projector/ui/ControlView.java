package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.Screen;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.participation.AnswersNow;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.summary.SummaryNow;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.meeting.ui.CurrentCard;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.security.Roles;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.summary.SummaryPdf;
import nl.buurtkaarten.summary.SummaryService;
import nl.buurtkaarten.summary.ui.SummaryDisplay;
import nl.buurtkaarten.summary.ui.SummaryExports;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import nl.buurtkaarten.base.UserFacingException;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The meeting's remote control, for a phone or tablet in the facilitator's hand: the same
 * controls as on the projector, the card's notes, and every answer with a button to hide it.
 */
@Route(value = "meeting/:meetingId(\\d+)/control", autoLayout = false)
@RolesAllowed(Roles.FACILITATOR)
public class ControlView extends Main implements BeforeEnterObserver, HasDynamicTitle, Screen {

    private final MeetingService meetings;
    private final ParticipationService participation;
    private final SupportService support;
    private final SummaryService summaries;
    private final SummaryDisplay summaryDisplay = new SummaryDisplay(500);
    private final String owner;
    private final Screens screens;
    private com.vaadin.flow.shared.Registration following;
    private MeetingNow shownMeeting;
    private Participants shownParticipants;
    private int shownCount = -1;
    private Details participantsDetails;
    private Participants listedParticipants;
    private List<Answer> listedAnswers = List.of();
    private AnswersNow shownAnswers;
    private SummaryNow shownSummary;
    private final CardDisplay card = new CardDisplay(CardDisplay.Size.CONTROL);
    private final Paragraph notes = new Paragraph();
    /** The card's tags (the parent's style, the child's behaviour, the place), for the facilitator only. */
    private final Paragraph tags = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList answerList = new UnorderedList();
    private MeetingControls controls;
    private Meeting meeting;
    private DrawnCard current;

    public ControlView(MeetingService meetings, ParticipationService participation, SupportService support,
            SummaryService summaries, Screens screens, AuthenticationContext authentication) {
        this.summaries = summaries;
        this.meetings = meetings;
        this.participation = participation;
        this.support = support;
        this.screens = screens;
        this.owner = authentication.getPrincipalName().orElseThrow();
        addClassNames("bk-control", "bk-phone-page");
        notes.addClassName("bk-notes");
        summary.addClassName("bk-control-summary");
        answerList.addClassName("bk-control-answers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meeting = FacilitatedMeeting.resolve(event, meetings, owner);
        if (meeting == null) {
            return;
        }
        Locales.apply(event.getUI(), Locales.forLanguage(meeting.language()));
        removeAll();
        Anchor backToList = new Anchor("", getTranslation("control.all-meetings"));
        backToList.addClassName("bk-back-link");
        H1 title = new H1(meeting.title());
        controls = new MeetingControls(meetings, meeting.id(), owner, false);
        tags.addClassName("bk-card-tags");
        Anchor safety = new Anchor(nl.buurtkaarten.guide.ui.GuideView.SAFETY_LINK, getTranslation("control.guide.safety"));
        safety.addClassName("bk-guide-safety-link");
        Anchor guide = new Anchor(nl.buurtkaarten.guide.ui.GuideView.ROUTE, getTranslation("control.guide"));
        guide.addClassName("bk-guide-link");
        Div guideLinks = new Div(guide, safety);
        guideLinks.addClassName("bk-guide-links");
        add(backToList, title, summary, card, notes, tags, guideLinks, controls, new H2(getTranslation("control.answers")), answerList,
                participantsSection(), summarySection(), areasEditor());
        shownMeeting = null;
        shownParticipants = null;
        shownAnswers = null;
        shownSummary = null;
        shownCount = -1;
        listedParticipants = null;
        listedAnswers = List.of();
        if (following != null) {
            following.remove();
        }
        following = screens.follow(this, meeting.id(), this);
    }

    private final Div participantList = new Div();
    private Details summaryDetails;
    private final com.vaadin.flow.component.checkbox.Checkbox locked = new com.vaadin.flow.component.checkbox.Checkbox();

    /** Who takes part: lock the meeting against newcomers, or take a parent out. */
    private Details participantsSection() {
        locked.setLabel(getTranslation("control.participants.locked"));
        locked.setValue(meeting.locked());
        locked.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Messages.attempt(this, () -> meetings.setLocked(meeting.id(), owner, change.getValue()));
            }
        });
        participantList.addClassName("bk-participant-list");
        participantsDetails = new Details(getTranslation("control.participants.title"), new Div(locked, participantList));
        participantsDetails.addClassName("bk-control-participants");
        // 250 rows with a button each are drawn only while the facilitator has the list open.
        participantsDetails.addOpenedChangeListener(opened -> {
            listedParticipants = null;
            drawParticipants();
        });
        return participantsDetails;
    }

    private void refreshParticipants(List<nl.buurtkaarten.participation.Participant> all) {
        participantList.removeAll();
        if (all.isEmpty()) {
            participantList.add(new Paragraph(getTranslation("control.participants.none")));
        }
        for (nl.buurtkaarten.participation.Participant parent : all) {
            Span name = new Span(parent.nickname());
            Button remove = new Button(getTranslation("control.participants.remove"), click -> {
                com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
                dialog.setHeader(getTranslation("control.participants.remove-title", parent.nickname()));
                dialog.setText(getTranslation("control.participants.remove-text", parent.nickname()));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("common.cancel"));
                dialog.setConfirmText(getTranslation("control.participants.remove"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.addConfirmListener(event -> Messages.attempt(this, () -> participation.remove(meeting.id(), owner, parent.id())));
                dialog.open();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
            Div row = new Div(name, remove);
            row.addClassName("bk-participant-row");
            participantList.add(row);
        }
    }

    /** Who could support whom, for the facilitator's eyes and for export; no contact details. */
    private Details summarySection() {
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] bytes = SummaryExports.csv(this, summaries.summary(meeting.id()));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "buurtkaarten-" + meeting.joinCode() + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("control.summary.csv"));
        csv.addClassName("bk-summary-csv");
        Div downloads = new Div(csv);
        // The summary on paper in each language the phones offer, for the parents of a mixed group.
        Locales.PARENT.forEach(locale -> downloads.add(pdf(locale.getLanguage())));
        downloads.addClassName("bk-summary-downloads");
        summaryDetails = new Details(getTranslation("control.summary.title"), new Div(downloads, summaryDisplay));
        summaryDetails.addClassName("bk-control-summary-section");
        summaryDetails.addOpenedChangeListener(opened -> refreshSummary());
        return summaryDetails;
    }

    private Anchor pdf(String language) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(request -> {
            byte[] bytes = SummaryPdf.write(summaries.summary(meeting.id()), meeting.title(), Locales.forLanguage(language));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "buurtkaarten-" + meeting.joinCode() + "-" + language + ".pdf",
                    "application/pdf", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("control.summary.pdf", getTranslation("language." + language)));
        pdf.addClassName("bk-summary-pdf-" + language);
        return pdf;
    }

    /** The streets and areas parents can pick for their offers and requests. */
    private Details areasEditor() {
        TextArea areas = new TextArea(getTranslation("control.areas.label"));
        areas.setHelperText(getTranslation("control.areas.helper"));
        areas.setValue(String.join("\n", support.areas(meeting.id())));
        areas.setWidthFull();
        Button save = new Button(getTranslation("editor.save"), click -> {
            try {
                List<String> saved = support.setAreas(meeting.id(), owner, List.of(areas.getValue().split("\\R")));
                areas.setValue(String.join("\n", saved));
                areas.setInvalid(false);
                Messages.done(this, "control.areas.saved", saved.size());
            } catch (UserFacingException refusal) {
                areas.setErrorMessage(Messages.text(this, refusal));
                areas.setInvalid(true);
            }
        });
        Details details = new Details(getTranslation("control.areas.title"), new Div(areas, save));
        details.addClassName("bk-areas");
        return details;
    }

    /** Draws the live picture, each part only when what it shows changed. */
    @Override
    public void show(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            getUI().ifPresent(ui -> ui.navigate(""));
            return;
        }
        boolean meetingChanged = !now.equals(shownMeeting);
        if (meetingChanged) {
            shownMeeting = now;
            meeting = now.meeting();
            current = now.card();
            locked.setValue(meeting.locked());
            CurrentCard.show(card, now, meeting.language());
            if (current == null) {
                notes.setVisible(false);
                tags.setVisible(false);
            } else {
                String note = current.notesIn(meeting.language());
                notes.setText(note == null ? "" : getTranslation("control.notes", note));
                notes.setVisible(note != null);
                List<String> named = now.tags().named().stream()
                        .map(tag -> getTranslation("tag.dimension." + tag.dimension()) + ": " + getTranslation(tag.labelKey()).toLowerCase(getLocale()))
                        .toList();
                tags.setText(String.join(" · ", named));
                tags.setVisible(!named.isEmpty());
            }
            controls.update(meeting, now.progress());
        }
        Participants joined = picture.part(Participants.class);
        shownParticipants = joined;
        drawParticipants();
        if (meetingChanged || joined.count() != shownCount) {
            shownCount = joined.count();
            summary.setText(getTranslation("control.summary", meeting.displayCode(), joined.count(),
                    getTranslation(meeting.isOpen() ? "meetings.status.open" : "meetings.status.closed")));
        }
        AnswersNow answers = picture.part(AnswersNow.class);
        if (meetingChanged || !answers.equals(shownAnswers)) {
            shownAnswers = answers;
            refreshAnswers(answers.all());
        }
        SummaryNow summaryNow = picture.part(SummaryNow.class);
        if (!summaryNow.equals(shownSummary)) {
            shownSummary = summaryNow;
            refreshSummary();
        }
    }

    /** While open, the summary follows every change: a parent who leaves or deletes their data leaves it at once. */
    private void refreshSummary() {
        if (summaryDetails != null && summaryDetails.isOpened() && shownSummary != null) {
            summaryDisplay.show(shownSummary.summary());
        }
    }

    private void drawParticipants() {
        if (participantsDetails != null && participantsDetails.isOpened() && shownParticipants != null
                && !shownParticipants.equals(listedParticipants)) {
            listedParticipants = shownParticipants;
            refreshParticipants(shownParticipants.all());
        }
    }

    /**
     * The answers with a hide button each. In a burst new answers are added below the ones already
     * listed; the list is drawn again only when an answer listed changed (hidden, edited, withdrawn).
     */
    private void refreshAnswers(List<Answer> all) {
        boolean onlyNew = !listedAnswers.isEmpty() && all.size() >= listedAnswers.size()
                && all.subList(0, listedAnswers.size()).equals(listedAnswers);
        List<Answer> toAdd = onlyNew ? all.subList(listedAnswers.size(), all.size()) : all;
        if (!onlyNew) {
            answerList.removeAll();
        }
        listedAnswers = List.copyOf(all);
        if (all.isEmpty()) {
            answerList.add(new ListItem(getTranslation("control.no-answers")));
            return;
        }
        for (Answer answer : toAdd) {
            ListItem item = new ListItem();
            item.addClassName("bk-control-answer");
            item.getElement().setAttribute("data-answer", String.valueOf(answer.id()));
            if (answer.hidden()) {
                item.addClassName("bk-control-answer--hidden");
            }
            String text = answer.isReaction()
                    ? getTranslation("choice." + answer.reaction().fileValue())
                    : answer.text();
            Span body = new Span(text);
            body.addClassName("bk-control-answer-text");
            Span who = new Span(answer.publicName() != null
                    ? getTranslation("control.answer.named", answer.publicName())
                    : getTranslation("control.answer.anonymous"));
            who.addClassName("bk-control-answer-who");
            Button toggle = new Button(getTranslation(answer.hidden() ? "control.answer.show" : "control.answer.hide"),
                    click -> Messages.attempt(this,
                            () -> participation.setHidden(meeting.id(), owner, answer.id(), !answer.hidden())));
            toggle.addThemeVariants(ButtonVariant.SMALL, answer.hidden() ? ButtonVariant.TERTIARY : ButtonVariant.ERROR);
            toggle.addClassName("bk-hide-answer");
            item.add(body, who, toggle);
            if (answer.hidden()) {
                Span hiddenNote = new Span(getTranslation("control.answer.is-hidden"));
                hiddenNote.addClassName("bk-control-answer-hidden-note");
                item.add(hiddenNote);
            }
            answerList.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? "" : meeting.title() + " · ") + getTranslation("control.title");
    }
}
