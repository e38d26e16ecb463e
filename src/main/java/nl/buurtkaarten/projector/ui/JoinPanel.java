package nl.buurtkaarten.projector.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.projector.QrCodes;

/** How to join, always in view on the projector: the QR code, the address and the code. */
class JoinPanel extends Div {

    JoinPanel(Meeting meeting, String baseUrl, String joinUrl) {
        addClassName("bk-join-panel");
        Paragraph scan = new Paragraph(getTranslation("projector.join.scan"));
        scan.addClassName("bk-join-scan");
        String svg = QrCodes.svg(joinUrl);
        Image qr = new Image(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                getTranslation("projector.join.qr-alt", joinUrl));
        qr.addClassName("bk-join-qr");
        Paragraph orGo = new Paragraph(getTranslation("projector.join.or-go", baseUrl + "/join"));
        orGo.addClassName("bk-join-url");
        Span code = new Span(meeting.displayCode());
        code.addClassName("bk-join-code");
        code.getElement().setAttribute("aria-label", getTranslation("projector.join.code-label"));
        add(scan, qr, orGo, code);
    }
}
