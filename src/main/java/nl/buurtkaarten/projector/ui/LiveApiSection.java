package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.live.LiveReadTokens;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.projector.QrCodes;

/**
 * The meeting's read token for the live API, on the control view: made, shown once to copy, and made
 * anew to revoke the one before (only its hash is kept, so an earlier token cannot be shown again).
 * With the token, the ready link for the hall screen (the token in the address's fragment, which never
 * reaches a server); always, the link and QR code of the remote for the facilitator's phone.
 */
class LiveApiSection extends Details {

    private final LiveReadTokens tokens;
    private final long meetingId;
    private final String owner;
    private final Paragraph state = new Paragraph();
    private final TextField token = new TextField();
    private final Button copy = new Button();
    private final Button renew = new Button();
    private final TextField hallLink = new TextField();
    private final Button copyHallLink = new Button();
    private final Anchor openHall = new Anchor();
    private final String hallBase;

    /** @param baseUrl the app's address as the second screen and the phones reach it */
    LiveApiSection(LiveReadTokens tokens, Meeting meeting, String owner, String baseUrl) {
        this.tokens = tokens;
        this.meetingId = meeting.id();
        this.owner = owner;
        long meetingId = meeting.id();
        this.hallBase = baseUrl + "/hall#meeting=" + meetingId + "&lang=" + meeting.language() + "&token=";
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
        hallLink.setLabel(getTranslation("control.live.hall"));
        hallLink.setHelperText(getTranslation("control.live.hall.help"));
        hallLink.setReadOnly(true);
        hallLink.setWidthFull();
        hallLink.addClassName("bk-live-api-hall");
        copyHallLink.setText(getTranslation("control.live.copy"));
        copyHallLink.addClassName("bk-live-api-hall-copy");
        copyHallLink.addClickListener(click -> {
            hallLink.getElement()
                    .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", hallLink.getValue());
            Messages.done(this, "control.live.copied");
        });
        openHall.setText(getTranslation("control.live.hall.open"));
        openHall.setTarget(AnchorTarget.BLANK);
        openHall.addClassName("bk-live-api-hall-open");
        Div hall = new Div(hallLink, copyHallLink, openHall);
        hall.addClassName("bk-live-api-shown");
        add(new Div(intro, state, shown, hall, renew, remote(baseUrl + "/hall/remote?meeting=" + meetingId)));
        showIssued(tokens.issuedAt(meetingId, owner).orElse(null));
        for (var onlyWhenMade : new Component[] {token, copy, hallLink, copyHallLink, openHall}) {
            onlyWhenMade.setVisible(false);
        }
    }

    /** The remote's link and QR code, for the facilitator's phone: it carries no secret, the phone signs in. */
    private Div remote(String url) {
        Paragraph label = new Paragraph(getTranslation("control.live.remote"));
        Anchor link = new Anchor(url, url);
        link.addClassName("bk-live-api-remote");
        String svg = QrCodes.svg(url);
        Image qr = new Image(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                getTranslation("control.live.remote.qr-alt"));
        qr.addClassName("bk-live-api-remote-qr");
        Div remote = new Div(label, link, qr);
        remote.addClassName("bk-live-api-remote-box");
        return remote;
    }

    private void showNew(String value) {
        token.setValue(value);
        token.setVisible(true);
        copy.setVisible(true);
        hallLink.setValue(hallBase + value);
        openHall.setHref(hallBase + value);
        for (var shownNow : new Component[] {hallLink, copyHallLink, openHall}) {
            shownNow.setVisible(true);
        }
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
