package nl.buurtkaarten.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JoinViewTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    Meeting meeting;

    @BeforeEach
    void openMeetingAndGoToJoin() {
        meeting = meetings.open("join-facilitator", "Buurtfeest Oost", List.of("buurt-starter"), "nl");
        navigate("join");
    }

    @Test
    void showsWhereToTypeTheCode() {
        assertThat(_get(H1.class).getText()).isEqualTo("Meedoen");
        assertThat(codeField().getHelperText())
                .isEqualTo("Bijvoorbeeld ABC-DEF-GHJ. Streepjes en kleine letters mogen ook.");
        assertThat(codeField().isInvalid()).isFalse();
    }

    @Test
    void aParentPicksTheirLanguageAndArabicRunsRightToLeft() {
        @SuppressWarnings("unchecked")
        Select<Locale> picker = _get(Select.class, spec -> spec.withClasses("bk-language-picker"));
        assertThat(picker.getValue().getLanguage()).isEqualTo("nl");
        assertThat(picker.getListDataView().getItems().map(Locales::ownName).toList())
                .containsExactly("Nederlands", "English", "العربية", "Türkçe", "Polski");

        _setValue(picker, Locales.ARABIC);
        assertThat(_get(H1.class).getText()).isEqualTo("الانضمام");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        TextField code = _get(TextField.class, spec -> spec.withClasses("bk-code-field"));
        assertThat(code.getLabel()).isEqualTo("الرمز");
        _setValue(code, "   ");
        _click(_get(Button.class, spec -> spec.withClasses("bk-big-button")));
        assertThat(code.getErrorMessage()).isEqualTo("اكتب أولًا الرمز الظاهر على الشاشة.");

        // The choice holds for the next page the parent opens.
        navigate("join/" + meeting.joinCode());
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");

        _setValue(_get(Select.class, spec -> spec.withClasses("bk-language-picker")), Locales.TURKISH);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("tr");
    }

    @Test
    void anEmptyCodeAsksForTheCode() {
        submit("   ");
        assertThat(codeField().isInvalid()).isTrue();
        assertThat(codeField().getErrorMessage()).isEqualTo("Typ eerst de code van het scherm.");
        assertThat(currentView()).isInstanceOf(JoinView.class);
    }

    @Test
    void anUnknownCodeIsExplained() {
        submit("ACD-EFG-HJK".equals(meeting.displayCode()) ? "KMN-PRT-WXY" : "ACD-EFG-HJK");
        assertThat(codeField().isInvalid()).isTrue();
        assertThat(codeField().getErrorMessage())
                .isEqualTo("Deze code kennen we niet. Kijk nog eens goed op het scherm en probeer het opnieuw.");
        assertThat(currentView()).isInstanceOf(JoinView.class);
    }

    @Test
    void aCodeThatCannotExistIsExplainedToo() {
        submit("hallo");
        assertThat(codeField().getErrorMessage()).startsWith("Deze code kennen we niet.");
    }

    @Test
    void aCodeInSmallLettersWithSpacesAndDashesOpensTheMeeting() {
        String code = meeting.joinCode().toLowerCase();
        submit(" " + code.substring(0, 3) + " - " + code.substring(3, 6) + " " + code.substring(6) + " ");
        assertThat(currentView()).isInstanceOf(ParticipantView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("join/" + meeting.joinCode());
        assertThat(_get(H1.class).getText()).isEqualTo("Welkom bij Buurtfeest Oost");
    }

    @Test
    void aClosedMeetingsCodeSaysTheMeetingIsOver() {
        meetings.close(meeting.id(), "join-facilitator");
        submit(meeting.displayCode());
        assertThat(codeField().isInvalid()).isTrue();
        assertThat(codeField().getErrorMessage()).isEqualTo("Deze bijeenkomst is afgelopen. Meedoen kan niet meer.");
        assertThat(currentView()).isInstanceOf(JoinView.class);
    }

    private void submit(String typed) {
        _setValue(codeField(), typed);
        _click(_get(Button.class, spec -> spec.withText("Verder")));
    }

    private static TextField codeField() {
        return _get(TextField.class, spec -> spec.withLabel("Code"));
    }

    private static HasElement currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
