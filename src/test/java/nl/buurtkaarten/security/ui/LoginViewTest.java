package nl.buurtkaarten.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.QueryParameters;
import java.lang.reflect.Method;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.meeting.ui.MeetingsView;
import nl.buurtkaarten.participation.ui.JoinView;
import nl.buurtkaarten.projector.ui.ControlView;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void theMeetingsPageAsksAStrangerToSignIn() {
        navigate("");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(_find(MeetingsView.class)).isEmpty();
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void aMeetingsControlsAskAStrangerToSignIn() {
        navigate("meeting/1/control");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(_find(ControlView.class)).isEmpty();
    }

    @Test
    void theLoginPageShowsTheFormAndAWayForParents() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("bk-parents-link"))
                        .getHref())
                .isEqualTo("join");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Aanmelden voor gespreksleiders · Buurtkaarten");
    }

    @Test
    void aFailedSignInShowsTheFormInErrorState() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void eachRefusalHasItsOwnMessageAndTheDeviceIsRememberedByDefault() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=wait"));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(errorMessage()).startsWith("Te veel verkeerde pogingen.");
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=too-long"));
        assertThat(errorMessage())
                .isEqualTo("Deze gebruikersnaam is te lang. Een gebruikersnaam heeft hoogstens 100 tekens.");
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=expired"));
        assertThat(errorMessage()).startsWith("Deze aanmeldpagina stond te lang open");

        Checkbox remember = _get(Checkbox.class, spec -> spec.withClasses("bk-remember-device"));
        assertThat(remember.getValue()).isTrue();
        assertThat(remember.getLabel()).isEqualTo("Dit apparaat onthouden");
        assertThat(remember.getElement().getAttribute("name")).isEqualTo("remember-me");
        assertThat(remember.getElement().getAttribute("slot")).isEqualTo("custom-form-area");
    }

    /** The message the form shows on an error (Vaadin keeps the texts in its package-private i18n). */
    private static String errorMessage() {
        try {
            Method i18n = AbstractLogin.class.getDeclaredMethod("getI18n");
            i18n.setAccessible(true);
            return ((LoginI18n) i18n.invoke(_get(LoginForm.class)))
                    .getErrorMessage()
                    .getMessage();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void parentsCanJoinWithoutSigningIn() {
        navigate("join");
        assertThat(currentView()).isInstanceOf(JoinView.class);
        assertThat(_find(LoginForm.class)).isEmpty();
    }

    @Test
    void aSignedInFacilitatorReachesTheMeetingsPage() {
        signInAs("login-facilitator");
        navigate("");
        assertThat(currentView()).isInstanceOf(MeetingsView.class);
    }

    private static HasElement currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
