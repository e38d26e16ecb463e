package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.meeting.JoinCode;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.JoinThrottle;

/** Typing the code from the screen: forgiving about spaces, dashes and small letters. */
class CodeForm extends Div {

    private final TextField code = new TextField();

    private final JoinThrottle throttle;

    CodeForm(MeetingService meetings, JoinThrottle throttle) {
        this.throttle = throttle;
        addClassName("bk-code-form");
        code.setLabel(getTranslation("join.code.label"));
        code.setPlaceholder("ABC-DEF-GHJ");
        code.setHelperText(getTranslation("join.code.helper"));
        code.setMaxLength(20);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.setWidthFull();
        code.addClassName("bk-code-field");
        Button go = new Button(getTranslation("join.code.go"), click -> submit(meetings));
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.addClickShortcut(Key.ENTER);
        go.addClassName("bk-big-button");
        add(code, go);
    }

    void showError(String message) {
        code.setErrorMessage(message);
        code.setInvalid(true);
    }

    void focus() {
        code.focus();
    }

    /** Who is typing codes, as far as the server can tell: the address the request came from. */
    static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    private void submit(MeetingService meetings) {
        String typed = JoinCode.normalise(code.getValue());
        if (typed.isEmpty()) {
            showError(getTranslation("join.error.code-empty"));
            return;
        }
        String client = client();
        try {
            throttle.check(client);
        } catch (UserFacingException refusal) {
            showError(Messages.text(this, refusal));
            return;
        }
        Optional<Meeting> meeting = meetings.findByJoinCode(typed);
        if (meeting.isEmpty()) {
            throttle.failed(client);
            showError(getTranslation("join.error.unknown-code"));
            return;
        }
        if (!meeting.get().isOpen()) {
            showError(getTranslation("join.error.closed"));
            return;
        }
        code.setInvalid(false);
        getUI().ifPresent(ui -> ui.navigate("join/" + meeting.get().joinCode()));
    }
}
