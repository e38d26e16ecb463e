package nl.buurtkaarten.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.ApiTokens;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A facilitator's own API tokens on "Mijn apparaten": made with a name, shown once, listed and revoked. */
class DevicesViewApiTokensTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokens apiTokens;

    String me;

    @BeforeEach
    void signIn() {
        me = "sleutels-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(me, "een-lang-genoeg-wachtwoord", List.of(Roles.FACILITATOR));
        signInAs(me, Roles.FACILITATOR);
        navigate("devices");
    }

    @Test
    void aTokenIsMadeWithANameShownOnceListedAndRevoked() {
        assertThat(_get(H2.class, spec -> spec.withText("API-sleutels"))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Je hebt nog geen API-sleutels.")))
                .isNotNull();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam van de sleutel")), "Stream Deck zaal 2");
        _click(_get(Button.class, spec -> spec.withText("API-sleutel maken")));

        String shown = _get(TextField.class, spec -> spec.withLabel("API-sleutel (alleen nu te zien)"))
                .getValue();
        assertThat(shown).startsWith("bk_");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-api-token-shown-title"))
                        .getText())
                .isEqualTo("Nieuwe API-sleutel „Stream Deck zaal 2“");
        assertThat(_get(Button.class, spec -> spec.withText("Kopiëren"))).isNotNull();
        assertThat(item().getElement().getTextRecursively())
                .startsWith("Stream Deck zaal 2")
                .contains("Gemaakt ")
                .contains("nog niet gebruikt");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Je hebt nog geen API-sleutels.")))
                .isEmpty();

        assertThat(apiTokens.authenticate(shown))
                .as("the shown token is the one that works")
                .isPresent();
        navigate("devices");
        assertThat(item().getElement().getTextRecursively()).contains("laatst gebruikt ");
        assertThat(_find(TextField.class, spec -> spec.withLabel("API-sleutel (alleen nu te zien)")))
                .as("shown once: after a reload only its name is listed")
                .isEmpty();
        assertThat(item().getElement().getTextRecursively()).doesNotContain(shown);

        _click(_get(item(), Button.class, spec -> spec.withText("Intrekken")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("API-sleutel „Stream Deck zaal 2“ intrekken?");
        assertThat(apiTokens.authenticate(shown))
                .as("not before it is confirmed")
                .isPresent();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(apiTokens.authenticate(shown)).isEmpty();
        assertThat(_find(ListItem.class, spec -> spec.withClasses("bk-api-token")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Je hebt nog geen API-sleutels.")))
                .isNotNull();
    }

    @Test
    void aTokenNeedsAName() {
        _click(_get(Button.class, spec -> spec.withText("API-sleutel maken")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Naam van de sleutel"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage())
                .isEqualTo("Geef de sleutel een naam van hoogstens 60 tekens, zodat je hem later herkent.");
        assertThat(apiTokens.tokens(me)).isEmpty();
    }

    @Test
    void anEditorWithoutMeetingsHasNoApiTokens() {
        String editor = "redacteur-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(editor, "een-lang-genoeg-wachtwoord", List.of(Roles.EDITOR));
        signInAs(editor, Roles.EDITOR);
        navigate("devices");
        assertThat(_find(H2.class, spec -> spec.withText("API-sleutels"))).isEmpty();
    }

    private ListItem item() {
        return _get(ListItem.class, spec -> spec.withClasses("bk-api-token"));
    }
}
