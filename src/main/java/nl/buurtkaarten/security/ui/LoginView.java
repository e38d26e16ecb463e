package nl.buurtkaarten.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.SignInRefusals;

/** Sign-in for facilitators. Parents never see it: they join with a code. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Checkbox remember = new Checkbox();

    public LoginView() {
        addClassNames("bk-phone-page", "bk-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        // Sent with the form (the login form's custom form area): checked by default, since a
        // facilitator mostly signs in on their own laptop, which then survives a restart of the app.
        remember.getElement().setAttribute("slot", "custom-form-area");
        remember.getElement().setAttribute("name", "remember-me");
        remember.addClassName("bk-remember-device");
        remember.setValue(true);
        login.getElement().appendChild(remember.getElement());
        login.getElement()
                .executeJs(
                        "const field = this.querySelector('#vaadinLoginUsername'); if (field) { field.maxlength = $0; }",
                        AccountService.MAX_USERNAME);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), Locales.ofBrowser());
        removeAll();
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        List<String> error =
                event.getLocation().getQueryParameters().getParameters().get("error");
        String reason = error == null || error.isEmpty() ? "" : error.getFirst();
        LoginI18n.ErrorMessage message = i18n.getErrorMessage();
        message.setTitle(getTranslation("login.error.title"));
        message.setMessage(
                switch (reason) {
                    case SignInRefusals.WAIT -> getTranslation("login.error.wait");
                    case SignInRefusals.TOO_LONG -> getTranslation("login.error.too-long", AccountService.MAX_USERNAME);
                    case SignInRefusals.EXPIRED -> getTranslation("login.error.expired");
                    default -> getTranslation("login.error.message");
                });
        login.setI18n(i18n);
        login.setError(error != null);
        remember.setLabel(getTranslation("login.remember"));
        remember.setHelperText(getTranslation("login.remember-helper"));

        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("bk-intro");
        Anchor parents = new Anchor("join", getTranslation("login.parents"));
        parents.addClassName("bk-parents-link");
        add(new H1(getTranslation("app.name")), intro, login, parents);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
