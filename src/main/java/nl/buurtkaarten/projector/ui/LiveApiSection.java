package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.live.LiveReadTokens;

/**
 * The meeting's read token for the live API, on the control view: made, shown once to copy, and made
 * anew to revoke the one before (only its hash is kept, so an earlier token cannot be shown again).
 */
class LiveApiSection extends Details {

    private final LiveReadTokens tokens;
    private final long meetingId;
    private final String owner;
    private final Paragraph state = new Paragraph();
    private final TextField token = new TextField();
    private final Button copy = new Button();
    private final Button renew = new Button();

    LiveApiSection(LiveReadTokens tokens, long meetingId, String owner) {
        this.tokens = tokens;
        this.meetingId = meetingId;
        this.owner = owner;
        addClassName("bk-live-api");
        setSummaryText(getTranslation("control.live.title"));
        Paragraph intro = new Paragraph(getTranslation("control.live.intro", "/topic/meetings/" + meetingId));
        state.addClassName("bk-live-api-state");
        token.setLabel(getTranslation("control.live.token"));
        token.setReadOnly(true);
        token.setWidthFull();
        token.addClassName("bk-live-api-token");
        copy.setText(getTranslation("control.live.copy"));
        copy.addClickListener(click -> {
            token.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", token.getValue());
            Messages.done(this, "control.live.copied");
        });
        renew.addClickListener(click -> Messages.attempt(this, () -> {
            boolean hadOne = tokens.issuedAt(meetingId, owner).isPresent();
            showNew(tokens.renew(meetingId, owner));
            if (hadOne) {
                Messages.done(this, "control.live.renewed");
            }
        }));
        Div shown = new Div(token, copy);
        shown.addClassName("bk-live-api-shown");
        add(new Div(intro, state, shown, renew));
        showIssued(tokens.issuedAt(meetingId, owner).orElse(null));
        token.setVisible(false);
        copy.setVisible(false);
    }

    private void showNew(String value) {
        token.setValue(value);
        token.setVisible(true);
        copy.setVisible(true);
        showIssued(tokens.issuedAt(meetingId, owner).orElse(null));
    }

    private void showIssued(Instant issued) {
        if (issued == null) {
            state.setText(getTranslation("control.live.none"));
            renew.setText(getTranslation("control.live.create"));
        } else {
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(getLocale())
                    .withZone(ZoneId.systemDefault())
                    .format(issued);
            state.setText(getTranslation("control.live.issued", when));
            renew.setText(getTranslation("control.live.renew"));
        }
    }
}
