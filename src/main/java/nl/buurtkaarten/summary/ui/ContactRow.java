package nl.buurtkaarten.summary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.LengthLimit;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.base.ui.PictureButton;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ui.EasyMode;
import nl.buurtkaarten.summary.ContactService;

/**
 * Sharing contact with one other parent of the personal summary: type a number or address and share
 * it (in the low-literacy mode: one tap to meet in the room), see theirs once both agreed, or stop.
 * The row stays between refreshes, so what a parent types survives the other parent sharing.
 */
final class ContactRow extends Div {
    private final Participant other;
    private final ContactService contacts;
    private final long meetingId;
    private final String token;
    private final Runnable refresh;
    private final Paragraph status = new Paragraph();
    private final Button stop = new Button();
    private final TextField contact = new TextField();
    private final Button share = new Button();
    private final boolean easy = EasyMode.isOn();
    private final PictureButton inPerson =
            new PictureButton(PhoneIcon.HANDSHAKE.create(), getTranslation("personal.contact.in-person"));

    ContactRow(Participant other, ContactService contacts, long meetingId, String token, Runnable refresh) {
        this.other = other;
        this.contacts = contacts;
        this.meetingId = meetingId;
        this.token = token;
        this.refresh = refresh;
        addClassName("bk-contact-row");
        getElement().setAttribute("data-other", other.nickname());
        Span name = new Span(other.nickname());
        name.addClassName("bk-contact-name");
        stop.setText(getTranslation("personal.contact.stop"));
        stop.addThemeVariants(ButtonVariant.TERTIARY);
        stop.addClickListener(click -> {
            if (Messages.attempt(this, () -> contacts.stopSharing(meetingId, token, other.id()))) {
                refresh.run();
            }
        });
        contact.setLabel(getTranslation("personal.contact.field", other.nickname()));
        contact.setHelperText(getTranslation("personal.contact.helper"));
        LengthLimit.apply(contact, ContactService.MAX_CONTACT, "contact.error.too-long");
        contact.setWidthFull();
        share.setText(getTranslation("personal.contact.share", other.nickname()));
        share.addThemeVariants(ButtonVariant.PRIMARY);
        share.addClassName("bk-contact-share");
        share.addClickListener(click -> {
            try {
                contacts.share(meetingId, token, other.id(), contact.getValue());
                contact.setInvalid(false);
                refresh.run();
            } catch (UserFacingException refusal) {
                contact.setErrorMessage(Messages.text(this, refusal));
                contact.setInvalid(true);
            }
        });
        // Low-literacy mode: agreeing to contact is one tap; the two find each other in the room.
        inPerson.addClassName("bk-contact-in-person");
        inPerson.addClickListener(click -> {
            if (Messages.attempt(this, () -> contacts.shareInPerson(meetingId, token, other.id()))) {
                refresh.run();
            }
        });
        add(name, status, stop, inPerson, contact, share);
    }

    void update(boolean shared, Optional<String> theirs) {
        status.setVisible(shared);
        stop.setVisible(shared);
        inPerson.setVisible(!shared && easy);
        contact.setVisible(!shared && !easy);
        share.setVisible(!shared && !easy);
        status.setClassName(theirs.isPresent() ? "bk-contact-both" : "bk-contact-waiting");
        status.setText(theirs.map(detail -> ContactService.IN_PERSON.equals(detail)
                        ? getTranslation("personal.contact.both-in-person", other.nickname())
                        : getTranslation("personal.contact.both", other.nickname(), detail))
                .orElse(getTranslation("personal.contact.waiting", other.nickname())));
    }
}
