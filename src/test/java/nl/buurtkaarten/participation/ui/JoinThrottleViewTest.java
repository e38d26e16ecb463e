package nl.buurtkaarten.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import nl.buurtkaarten.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Guessing join codes: after ten wrong codes a client is asked to wait. */
@TestPropertySource(properties = "buurtkaarten.join.max-failures=10")
class JoinThrottleViewTest extends KaribuTest {

    @Test
    void tooManyWrongCodesAskTheClientToWait() {
        navigate("join");
        for (int i = 0; i < 10; i++) {
            _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "AAA-AAA-AA" + "ACDEFGHJKM".charAt(i));
            _click(_get(Button.class, spec -> spec.withText("Verder")));
        }
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "AAA-AAA-AAA");
        _click(_get(Button.class, spec -> spec.withText("Verder")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code")).getErrorMessage())
                .isEqualTo("Te veel verkeerde codes. Wacht een paar minuten en probeer het dan opnieuw.");
    }
}
