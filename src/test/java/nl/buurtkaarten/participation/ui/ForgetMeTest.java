package nl.buurtkaarten.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.ParticipationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mijn gegevens wissen" on the phone. */
class ForgetMeTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    Meeting meeting;

    @BeforeEach
    void join() {
        meeting = meetings.open("forget-facilitator", "Avond", List.of("buurt-starter"), "nl");
        navigate("join/" + meeting.joinCode());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")), "Amina");
        _click(_get(Button.class, spec -> spec.withText("Akkoord, ik doe mee")));
    }

    @Test
    void aParentDeletesTheirDataAndThePhoneForgetsThem() {
        _click(_get(Button.class, spec -> spec.withText("Mijn gegevens wissen")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(participation.participants(meeting.id())).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-info-text"))
                        .getText())
                .startsWith("Je gegevens zijn gewist.");
        assertThat(lastResponseCookie("bk_participant_" + meeting.joinCode()).getMaxAge())
                .isZero();
    }

    @Test
    void aPhoneWhoseMeetingWasDeletedSaysSo() {
        meetings.delete(meeting.id(), "forget-facilitator");
        awaitUi(() -> !LocatorJ._find(Paragraph.class, spec -> spec.withClasses("bk-info-text"))
                        .isEmpty()
                && _get(Paragraph.class, spec -> spec.withClasses("bk-info-text"))
                        .getText()
                        .startsWith("Je doet niet meer mee aan deze bijeenkomst"));
    }
}
