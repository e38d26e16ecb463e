package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.meeting.DrawProgress;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;

/**
 * The facilitator's buttons, the same on the projector and on the control view. On the projector
 * they also answer to the keyboard: → next, ← back, S skip, A show or hide the answers.
 */
class MeetingControls extends Div {

    private final MeetingService meetings;
    private final long meetingId;
    private final String owner;
    private final Button next = new Button();
    private final Button back = new Button();
    private final Button skip = new Button();
    private final Button answers = new Button();
    private final Button summary = new Button();
    private final Select<String> theme = new Select<>();
    private final Button drawTheme = new Button();
    private final Button reshuffle = new Button();
    private final Button close = new Button();
    private final Span progress = new Span();
    private boolean answersVisible;
    private boolean summaryVisible;

    MeetingControls(MeetingService meetings, long meetingId, String owner, boolean keyboard) {
        this.meetings = meetings;
        this.meetingId = meetingId;
        this.owner = owner;
        addClassName("bk-controls");

        label(next, "controls.next", keyboard ? "→" : null);
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(click -> Messages.attempt(this, () -> meetings.drawNext(meetingId, owner, null)));
        label(back, "controls.back", keyboard ? "←" : null);
        back.addClickListener(click -> Messages.attempt(this, () -> meetings.back(meetingId, owner)));
        label(skip, "controls.skip", keyboard ? "S" : null);
        skip.addClickListener(click -> Messages.attempt(this, () -> meetings.skip(meetingId, owner)));
        answers.addClickListener(
                click -> Messages.attempt(this, () -> meetings.setAnswersVisible(meetingId, owner, !answersVisible)));
        summary.addClickListener(
                click -> Messages.attempt(this, () -> meetings.setSummaryVisible(meetingId, owner, !summaryVisible)));
        summary.addClassName("bk-summary-toggle");
        if (keyboard) {
            summary.addClickShortcut(Key.KEY_W);
            next.addClickShortcut(Key.ARROW_RIGHT);
            back.addClickShortcut(Key.ARROW_LEFT);
            skip.addClickShortcut(Key.KEY_S);
            answers.addClickShortcut(Key.KEY_A);
        }

        theme.setAriaLabel(getTranslation("controls.theme"));
        theme.setPlaceholder(getTranslation("controls.theme"));
        theme.setItems(meetings.themes(meetingId));
        theme.setItemLabelGenerator(this::themeLabel);
        theme.addClassName("bk-theme-select");
        drawTheme.setText(getTranslation("controls.draw-theme"));
        drawTheme.addClickListener(click -> {
            if (theme.getValue() == null) {
                theme.focus();
                return;
            }
            Messages.attempt(this, () -> meetings.drawNext(meetingId, owner, theme.getValue()));
        });

        reshuffle.setText(getTranslation("controls.reshuffle"));
        reshuffle.addClickListener(click -> Messages.attempt(this, () -> meetings.reshuffle(meetingId, owner)));
        reshuffle.setVisible(false);

        close.setText(getTranslation("controls.close"));
        close.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        close.addClickListener(click -> confirmClose());

        progress.addClassName("bk-progress");
        progress.getElement().setAttribute("aria-live", "polite");

        Div draw = new Div(back, next, skip);
        draw.addClassName("bk-controls-draw");
        Div category = new Div(theme, drawTheme);
        category.addClassName("bk-controls-theme");
        add(draw, answers, category, reshuffle, summary, progress, close);
    }

    void update(Meeting meeting, DrawProgress state) {
        answersVisible = meeting.answersVisible();
        label(
                answers,
                answersVisible ? "controls.hide-answers" : "controls.show-answers",
                answers.getElement().hasAttribute("aria-keyshortcuts") || isKeyboard() ? "A" : null);
        summaryVisible = meeting.summaryVisible();
        label(summary, summaryVisible ? "controls.hide-summary" : "controls.show-summary", isKeyboard() ? "W" : null);
        summary.setVisible(meeting.isOpen());
        boolean open = meeting.isOpen();
        next.setEnabled(open);
        skip.setEnabled(open && meeting.currentDrawId() != null);
        back.setEnabled(open && state.canGoBack());
        drawTheme.setEnabled(open);
        theme.setEnabled(open);
        reshuffle.setVisible(open && state.exhausted());
        close.setVisible(open);
        progress.setText(
                state.exhausted()
                        ? getTranslation("controls.progress.exhausted", state.total())
                        : getTranslation("controls.progress", state.remaining(), state.total()));
    }

    private boolean isKeyboard() {
        return next.getElement().hasAttribute("aria-keyshortcuts");
    }

    private void confirmClose() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("controls.close.title"));
        dialog.setText(getTranslation("controls.close.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("controls.close.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> Messages.attempt(this, () -> meetings.close(meetingId, owner)));
        dialog.open();
    }

    private String themeLabel(String slug) {
        String key = "theme." + slug;
        String label = getTranslation(key);
        return label.startsWith("!") ? slug : label;
    }

    private void label(Button button, String key, String shortcut) {
        button.setText(getTranslation(key));
        if (shortcut != null) {
            button.getElement().setAttribute("aria-keyshortcuts", shortcutName(shortcut));
            button.getElement().setAttribute("title", getTranslation("controls.shortcut", shortcut));
            Span hint = new Span(shortcut);
            hint.addClassName("bk-kbd");
            hint.getElement().setAttribute("aria-hidden", "true");
            button.setSuffixComponent(hint);
        }
    }

    private static String shortcutName(String shortcut) {
        return switch (shortcut) {
            case "→" -> "ArrowRight";
            case "←" -> "ArrowLeft";
            default -> shortcut;
        };
    }
}
