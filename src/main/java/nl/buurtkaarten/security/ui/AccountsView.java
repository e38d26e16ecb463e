package nl.buurtkaarten.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.FacilitatorHeader;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.OneTimePasswords;
import nl.buurtkaarten.security.Roles;

/** The administrator adds accounts, disables and enables them, and gives a new password. */
@Route(value = "accounts", autoLayout = false)
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final SecureRandom random;
    private final String me;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph newPassword = new Paragraph();

    public AccountsView(AccountService accounts, AuthenticationContext authentication, SecureRandom random) {
        this.accounts = accounts;
        this.authentication = authentication;
        this.random = random;
        this.me = authentication.getPrincipalName().orElseThrow();
        addClassName("bk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), Locales.ofBrowser());
        removeAll();
        list.addClassName("bk-accounts");
        newPassword.addClassName("bk-new-password");
        newPassword.setVisible(false);
        Div content = new Div(
                new H1(getTranslation("accounts.title")),
                addForm(),
                newPassword,
                new H2(getTranslation("accounts.list")),
                list);
        content.addClassName("bk-page-content");
        add(new FacilitatorHeader(authentication), content);
        refresh();
    }

    private Div addForm() {
        TextField username = new TextField(getTranslation("accounts.username"));
        username.setHelperText(getTranslation("accounts.username-helper"));
        PasswordField password = new PasswordField(getTranslation("accounts.password"));
        password.setHelperText(getTranslation("accounts.password-helper", AccountService.MIN_PASSWORD));
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("accounts.roles"));
        roles.setItems(Roles.FACILITATOR, Roles.EDITOR, Roles.ADMIN);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.toLowerCase(Locale.ROOT)));
        roles.setValue(Set.of(Roles.FACILITATOR));
        Button add = new Button(getTranslation("accounts.add"), click -> {
            username.setInvalid(false);
            password.setInvalid(false);
            try {
                accounts.add(username.getValue(), password.getValue(), List.copyOf(roles.getValue()));
                Messages.done(this, "accounts.added", username.getValue().strip());
                username.clear();
                password.clear();
                refresh();
            } catch (UserFacingException refusal) {
                var field = refusal.messageKey().contains("password") ? password : username;
                field.setErrorMessage(Messages.text(this, refusal));
                field.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(new H2(getTranslation("accounts.new")), username, password, roles, add);
        form.addClassNames("bk-panel", "bk-account-form");
        return form;
    }

    private void refresh() {
        list.removeAll();
        for (AccountService.Account account : accounts.accounts()) {
            ListItem item = new ListItem();
            item.addClassName("bk-account");
            Span name = new Span(account.username());
            name.addClassName("bk-account-name");
            Span details = new Span(String.join(
                            ", ",
                            account.roles().stream()
                                    .map(role -> getTranslation("role." + role.toLowerCase(Locale.ROOT)))
                                    .toList())
                    + " · " + getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled"));
            details.addClassName("bk-account-details");
            Button toggle =
                    new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"), click -> {
                        if (Messages.attempt(
                                this, () -> accounts.setEnabled(account.username(), !account.enabled(), me))) {
                            refresh();
                        }
                    });
            toggle.addThemeVariants(ButtonVariant.TERTIARY);
            Button reset = new Button(getTranslation("accounts.reset"), click -> {
                String password = OneTimePasswords.generate(random);
                if (Messages.attempt(this, () -> accounts.resetPassword(account.username(), password))) {
                    newPassword.setText(getTranslation("accounts.reset-done", account.username(), password));
                    newPassword.setVisible(true);
                }
            });
            reset.addThemeVariants(ButtonVariant.TERTIARY);
            Button signOut = new Button(getTranslation("accounts.sign-out-everywhere"), click -> {
                if (Messages.attempt(this, () -> accounts.signOutEverywhere(account.username()))) {
                    Messages.done(this, "accounts.signed-out-everywhere", account.username());
                }
            });
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            item.add(name, details, new Div(toggle, reset, signOut));
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
