package nl.buurtkaarten.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The facilitator's earlier meetings on the start page, each with its actions: open the projector
 * or the control view, close or reopen, delete, and any action a later feature adds.
 */
class MeetingList extends Section {

    private final MeetingService meetings;
    private final String owner;
    private final ObjectProvider<MeetingListAction> actions;
    private final UnorderedList list = new UnorderedList();

    MeetingList(MeetingService meetings, String owner, ObjectProvider<MeetingListAction> actions) {
        this.meetings = meetings;
        this.owner = owner;
        this.actions = actions;
        addClassNames("bk-panel", "bk-meeting-list");
        add(new H2(getTranslation("meetings.list.heading")));
        list.addClassName("bk-meetings");
        add(list);
        refreshList();
    }

    private void confirmDelete(Meeting meeting) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("meetings.delete.title", meeting.title()));
        dialog.setText(getTranslation("meetings.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("meetings.list.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            Messages.attempt(this, () -> meetings.delete(meeting.id(), owner));
            refreshList();
        });
        dialog.open();
    }

    private void refreshList() {
        list.removeAll();
        var all = meetings.meetingsOf(owner);
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("meetings.list.empty")));
            return;
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (Meeting meeting : all) {
            ListItem item = new ListItem();
            item.addClassName("bk-meeting-item");
            Span name = new Span(meeting.title());
            name.addClassName("bk-meeting-title");
            Span details = new Span(getTranslation(
                    "meetings.list.details",
                    meeting.displayCode(),
                    format.format(meeting.createdAt()),
                    getTranslation(meeting.isOpen() ? "meetings.status.open" : "meetings.status.closed")));
            details.addClassName("bk-meeting-details");
            Anchor projector =
                    new Anchor("meeting/" + meeting.id() + "/projector", getTranslation("meetings.list.projector"));
            Anchor control =
                    new Anchor("meeting/" + meeting.id() + "/control", getTranslation("meetings.list.control"));
            Button toggle = new Button(
                    getTranslation(meeting.isOpen() ? "meetings.list.close" : "meetings.list.reopen"), click -> {
                        Messages.attempt(this, () -> {
                            if (meeting.isOpen()) {
                                meetings.close(meeting.id(), owner);
                            } else {
                                meetings.reopen(meeting.id(), owner);
                            }
                        });
                        refreshList();
                    });
            toggle.addThemeVariants(ButtonVariant.TERTIARY);
            Button delete = new Button(getTranslation("meetings.list.delete"), click -> confirmDelete(meeting));
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            delete.addClassName("bk-delete-meeting");
            Div buttons = new Div(projector, control, toggle, delete);
            actions.orderedStream().forEach(action -> buttons.add(action.create(meeting)));
            buttons.addClassName("bk-meeting-actions");
            item.add(name, details, buttons);
            list.add(item);
        }
    }
}
