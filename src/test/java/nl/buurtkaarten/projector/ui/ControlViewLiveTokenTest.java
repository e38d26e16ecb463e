package nl.buurtkaarten.projector.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.live.LiveReadTokens;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The control view's section for the live API's read token: made, shown once, made anew to revoke. */
class ControlViewLiveTokenTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    LiveReadTokens readTokens;

    String owner;
    Meeting meeting;

    @BeforeEach
    void openMeeting() {
        owner = "control-live-" + UUID.randomUUID();
        signInAs(owner);
        meeting = meetings.open(owner, "Buurthuis Noord", List.of("buurt-starter"), "nl");
        navigate("meeting/" + meeting.id() + "/control");
        _get(Details.class, spec -> spec.withClasses("bk-live-api")).setOpened(true);
    }

    @Test
    void aNewMeetingHasNoTokenUntilTheFacilitatorMakesOne() {
        assertThat(state()).isEqualTo("Er is nog geen leessleutel.");
        assertThat(_find(TextField.class, spec -> spec.withClasses("bk-live-api-token")))
                .isEmpty();

        _click(button("Leessleutel maken"));
        String token = tokenField().getValue();
        assertThat(tokenField().isVisible()).isTrue();
        assertThat(tokenField().isReadOnly()).isTrue();
        assertThat(readTokens.admits(meeting.id(), token)).isTrue();
        assertThat(state()).startsWith("Er is een leessleutel sinds ");
        assertThat(_get(Details.class, spec -> spec.withClasses("bk-live-api")).getSummaryText())
                .isEqualTo("Live-koppeling (tweede scherm, andere apps)");
        assertThat(_get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "Met de leessleutel kan een tweede scherm of een andere app volgen wat het grote scherm laat zien, via /live (onderwerp /topic/meetings/"
                                                + meeting.id()
                                                + "). Geef hem alleen aan wie dat mag zien; ouders hebben hem niet nodig."))
                        .isVisible())
                .isTrue();
    }

    @Test
    void withTheTokenComesTheHallScreensLinkWhichCarriesItInTheFragment() {
        assertThat(_find(TextField.class, spec -> spec.withClasses("bk-live-api-hall")))
                .as("no hall screen link without a token")
                .isEmpty();

        _click(button("Leessleutel maken"));
        String token = tokenField().getValue();
        TextField link = _get(TextField.class, spec -> spec.withClasses("bk-live-api-hall"));
        assertThat(link.getLabel()).isEqualTo("Zaalscherm-link (alleen nu te zien)");
        assertThat(link.getHelperText()).startsWith("Open hem op het tweede scherm of de tv.");
        assertThat(link.getValue())
                .matches("https?://[^/#?]+/hall#meeting=" + meeting.id() + "&lang=nl&token=" + token)
                .doesNotContain("localhost");
        String fragmentToken = link.getValue().substring(link.getValue().indexOf("&token=") + 7);
        assertThat(readTokens.admits(meeting.id(), fragmentToken)).isTrue();
        Anchor open = _get(Anchor.class, spec -> spec.withClasses("bk-live-api-hall-open"));
        assertThat(open.getHref()).isEqualTo(link.getValue());
        assertThat(open.getText()).isEqualTo("Zaalscherm openen");
        assertThat(button("Kopiëren", "bk-live-api-hall-copy").isVisible()).isTrue();

        String oldLink = link.getValue();
        _click(button("Nieuwe leessleutel maken (de oude werkt dan niet meer)"));
        assertThat(_get(TextField.class, spec -> spec.withClasses("bk-live-api-hall"))
                        .getValue())
                .endsWith("&token=" + tokenField().getValue())
                .isNotEqualTo(oldLink);
        assertThat(readTokens.admits(meeting.id(), fragmentToken))
                .as("the old link")
                .isFalse();

        navigate("meeting/" + meeting.id() + "/control");
        _get(Details.class, spec -> spec.withClasses("bk-live-api")).setOpened(true);
        assertThat(_find(TextField.class, spec -> spec.withClasses("bk-live-api-hall")))
                .as("like the token, the link is shown only when it is made")
                .isEmpty();
    }

    @Test
    void theRemotesLinkAndQrCodeAreAlwaysThereAndCarryNoToken() {
        Anchor remote = _get(Anchor.class, spec -> spec.withClasses("bk-live-api-remote"));
        assertThat(remote.getHref()).matches("https?://[^/#?]+/hall/remote\\?meeting=" + meeting.id());
        assertThat(remote.getText()).isEqualTo(remote.getHref());
        Image qr = _get(Image.class, spec -> spec.withClasses("bk-live-api-remote-qr"));
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt()).hasValue("QR-code naar de afstandsbediening");
    }

    @Test
    void aNewTokenRevokesTheOldOne() {
        _click(button("Leessleutel maken"));
        String old = tokenField().getValue();

        _click(button("Nieuwe leessleutel maken (de oude werkt dan niet meer)"));
        String renewed = tokenField().getValue();
        assertThat(renewed).isNotEqualTo(old);
        assertThat(readTokens.admits(meeting.id(), renewed)).isTrue();
        assertThat(readTokens.admits(meeting.id(), old)).isFalse();
        assertThat(NotificationsKt.getNotifications().stream()
                        .map(notification -> notification
                                .getElement()
                                .getProperty("text", notification.getElement().getTextRecursively()))
                        .toList())
                .contains("De nieuwe leessleutel werkt; de oude niet meer.");
    }

    @Test
    void theTokenIsShownOnlyWhenItIsMade() {
        _click(button("Leessleutel maken"));
        navigate("meeting/" + meeting.id() + "/control");
        _get(Details.class, spec -> spec.withClasses("bk-live-api")).setOpened(true);

        assertThat(_find(TextField.class, spec -> spec.withClasses("bk-live-api-token")))
                .as("the token is not shown again")
                .isEmpty();
        assertThat(state()).startsWith("Er is een leessleutel sinds ");
        assertThat(button("Nieuwe leessleutel maken (de oude werkt dan niet meer)")
                        .isVisible())
                .isTrue();
    }

    @Test
    void anotherFacilitatorCannotMakeATokenForThisMeeting() {
        String other = "someone-else-" + UUID.randomUUID();
        assertThatThrownBy(() -> readTokens.renew(meeting.id(), other)).hasMessage("meeting.error.not-found");
        assertThat(state()).isEqualTo("Er is nog geen leessleutel.");
    }

    private static String state() {
        return _get(Paragraph.class, spec -> spec.withClasses("bk-live-api-state"))
                .getText();
    }

    private static TextField tokenField() {
        return _get(TextField.class, spec -> spec.withClasses("bk-live-api-token"));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static Button button(String text, String className) {
        return _get(Button.class, spec -> spec.withText(text).withClasses(className));
    }
}
