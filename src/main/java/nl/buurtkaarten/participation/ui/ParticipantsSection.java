package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.participation.ParticipationService;
import org.springframework.modulith.NamedInterface;

/**
 * Who takes part, on the facilitator's control view: lock the meeting against newcomers, or take a
 * parent out.
 */
@NamedInterface("ui")
public class ParticipantsSection extends Details {

    private final ParticipationService participation;
    private final long meetingId;
    private final String owner;
    private final Checkbox locked = new Checkbox();
    private final Div participantList = new Div();
    private Participants shownParticipants;
    private Participants listedParticipants;

    public ParticipantsSection(
            MeetingService meetings,
            ParticipationService participation,
            long meetingId,
            String owner,
            boolean isLocked) {
        this.participation = participation;
        this.meetingId = meetingId;
        this.owner = owner;
        locked.setLabel(getTranslation("control.participants.locked"));
        locked.setValue(isLocked);
        locked.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Messages.attempt(this, () -> meetings.setLocked(meetingId, owner, change.getValue()));
            }
        });
        participantList.addClassName("bk-participant-list");
        setSummaryText(getTranslation("control.participants.title"));
        add(new Div(locked, participantList));
        addClassName("bk-control-participants");
        // 250 rows with a button each are drawn only while the facilitator has the list open.
        addOpenedChangeListener(opened -> {
            listedParticipants = null;
            drawParticipants();
        });
    }

    /** Whether the meeting takes newcomers, as stored. */
    public void setLocked(boolean isLocked) {
        locked.setValue(isLocked);
    }

    /** The parents who joined; the list is drawn again only while open and only when they changed. */
    public void show(Participants joined) {
        shownParticipants = joined;
        drawParticipants();
    }

    private void drawParticipants() {
        if (isOpened() && shownParticipants != null && !shownParticipants.equals(listedParticipants)) {
            listedParticipants = shownParticipants;
            refreshParticipants(shownParticipants.all());
        }
    }

    private void refreshParticipants(List<Participant> all) {
        participantList.removeAll();
        if (all.isEmpty()) {
            participantList.add(new Paragraph(getTranslation("control.participants.none")));
        }
        for (Participant parent : all) {
            Span name = new Span(parent.nickname());
            Button remove = new Button(getTranslation("control.participants.remove"), click -> {
                ConfirmDialog dialog = new ConfirmDialog();
                dialog.setHeader(getTranslation("control.participants.remove-title", parent.nickname()));
                dialog.setText(getTranslation("control.participants.remove-text", parent.nickname()));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("common.cancel"));
                dialog.setConfirmText(getTranslation("control.participants.remove"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.addConfirmListener(
                        event -> Messages.attempt(this, () -> participation.remove(meetingId, owner, parent.id())));
                dialog.open();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
            Div row = new Div(name, remove);
            row.addClassName("bk-participant-row");
            participantList.add(row);
        }
    }
}
