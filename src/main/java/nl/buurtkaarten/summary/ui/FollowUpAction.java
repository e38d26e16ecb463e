package nl.buurtkaarten.summary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.LengthLimit;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.meeting.ui.MeetingListAction;
import nl.buurtkaarten.summary.FollowUpService;

/** "Vervolgbijeenkomst": a new meeting with the same group, from the facilitator's list. */
@org.springframework.stereotype.Component
class FollowUpAction implements MeetingListAction {

    private final FollowUpService followUps;
    private final AuthenticationContext authentication;

    FollowUpAction(FollowUpService followUps, AuthenticationContext authentication) {
        this.followUps = followUps;
        this.authentication = authentication;
    }

    @Override
    public Component create(Meeting meeting) {
        Button button = new Button();
        button.setText(button.getTranslation("followup.button"));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassName("bk-follow-up");
        button.addClickListener(click -> open(button, meeting));
        return button;
    }

    private void open(Button source, Meeting meeting) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(source.getTranslation("followup.title", meeting.title()));
        TextField title = new TextField(source.getTranslation("meetings.new.title"));
        title.setValue(source.getTranslation("followup.default-title", meeting.title())
                .substring(
                        0,
                        Math.min(
                                MeetingService.MAX_TITLE,
                                source.getTranslation("followup.default-title", meeting.title())
                                        .length())));
        LengthLimit.apply(title, MeetingService.MAX_TITLE, "meeting.error.title-too-long");
        title.setWidthFull();
        Button start = new Button(source.getTranslation("followup.start"), click -> {
            try {
                Meeting followUp = followUps.start(
                        meeting.id(), authentication.getPrincipalName().orElseThrow(), title.getValue());
                dialog.close();
                source.getUI().ifPresent(ui -> ui.navigate("meeting/" + followUp.id() + "/projector"));
            } catch (UserFacingException refusal) {
                title.setErrorMessage(Messages.text(source, refusal));
                title.setInvalid(true);
            }
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(source.getTranslation("common.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(source.getTranslation("followup.explain")), title);
        dialog.getFooter().add(cancel, start);
        dialog.setWidth("min(560px, 95vw)");
        dialog.open();
    }
}
