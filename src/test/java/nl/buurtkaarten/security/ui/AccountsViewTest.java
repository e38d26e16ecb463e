package nl.buurtkaarten.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's accounts page. */
class AccountsViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void anAdministratorAddsDisablesAndResetsAnAccount() {
        signInAs("beheer", Roles.ADMIN, Roles.FACILITATOR);
        navigate("accounts");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Gebruikersnaam")), "anna.de.vries");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Wachtwoord")), "kort");
        _click(_get(Button.class, spec -> spec.withText("Account toevoegen")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Wachtwoord"))
                        .getErrorMessage())
                .isEqualTo("Het wachtwoord moet minstens 12 tekens lang zijn.");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Wachtwoord")), "een-lang-genoeg-wachtwoord");
        _click(_get(Button.class, spec -> spec.withText("Account toevoegen")));
        assertThat(accounts.accounts()).anySatisfy(account -> {
            assertThat(account.username()).isEqualTo("anna.de.vries");
            assertThat(account.roles()).containsExactly(Roles.FACILITATOR);
            assertThat(account.enabled()).isTrue();
        });
        // The roles read as words, also on a server whose default language is Turkish ("FACILITATOR"
        // lower-cased there is "facılıtator", a key that does not exist).
        assertThat(_find(ListItem.class, spec -> spec.withClasses("bk-account")).stream()
                        .map(item -> item.getElement().getTextRecursively())
                        .filter(text -> text.startsWith("anna.de.vries"))
                        .findFirst()
                        .orElseThrow())
                .contains("Gespreksleider");

        ListItem anna = _find(ListItem.class, spec -> spec.withClasses("bk-account")).stream()
                .filter(item -> item.getElement().getTextRecursively().startsWith("anna.de.vries"))
                .findFirst()
                .orElseThrow();
        _click(_get(anna, Button.class, spec -> spec.withText("Uitschakelen")));
        assertThat(accounts.loadUserByUsername("anna.de.vries").isEnabled()).isFalse();

        anna = _find(ListItem.class, spec -> spec.withClasses("bk-account")).stream()
                .filter(item -> item.getElement().getTextRecursively().startsWith("anna.de.vries"))
                .findFirst()
                .orElseThrow();
        _click(_get(anna, Button.class, spec -> spec.withText("Nieuw wachtwoord")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-new-password"))
                        .getText())
                .startsWith("Nieuw wachtwoord voor anna.de.vries: ");
    }

    @Test
    void anAdministratorCannotDisableThemselvesAndOthersCannotOpenThePage() {
        accounts.create("zelf", "een-lang-genoeg-wachtwoord", List.of(Roles.ADMIN));
        assertThatThrownBy(() -> accounts.setEnabled("zelf", false, "zelf")).hasMessage("account.error.self");

        signInAs("alleen-gespreksleider", Roles.FACILITATOR);
        navigate("join");
        assertThatThrownBy(() -> navigate("accounts")).isInstanceOf(MockAccessDeniedException.class);
    }
}
