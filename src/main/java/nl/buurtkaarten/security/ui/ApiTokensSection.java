package nl.buurtkaarten.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.security.ApiTokens;

/**
 * The signed-in person's own personal API tokens ("API-sleutels"): made with a name, shown in full
 * once with a copy button (only a hash is kept), listed with when each was made and last used, and
 * revoked after a confirmation.
 */
class ApiTokensSection extends Div {

    private final ApiTokens tokens;
    private final String me;
    private final TextField name = new TextField();
    private final Div shown = new Div();
    private final Paragraph shownTitle = new Paragraph();
    private final TextField shownToken = new TextField();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();

    ApiTokensSection(ApiTokens tokens, String me) {
        this.tokens = tokens;
        this.me = me;
        addClassNames("bk-panel", "bk-api-tokens");
        name.setLabel(getTranslation("api-tokens.name"));
        name.setPlaceholder(getTranslation("api-tokens.name-example"));
        name.setMaxLength(ApiTokens.MAX_NAME);
        name.setWidthFull();
        Button create = new Button(getTranslation("api-tokens.create"), click -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(name, create);
        form.addClassName("bk-api-token-form");

        shownTitle.addClassName("bk-api-token-shown-title");
        shownToken.setLabel(getTranslation("api-tokens.token"));
        shownToken.setReadOnly(true);
        shownToken.setWidthFull();
        shownToken.addClassName("bk-api-token-value");
        Button copy = new Button(getTranslation("api-tokens.copy"), click -> {
            shownToken
                    .getElement()
                    .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", shownToken.getValue());
            Messages.done(this, "api-tokens.copied");
        });
        shown.add(shownTitle, shownToken, copy, new Paragraph(getTranslation("api-tokens.shown-once")));
        shown.addClassName("bk-api-token-shown");
        shown.setVisible(false);

        list.addClassName("bk-api-token-list");
        none.setText(getTranslation("api-tokens.none"));
        add(
                new H2(getTranslation("api-tokens.title")),
                new Paragraph(getTranslation("api-tokens.intro")),
                form,
                shown,
                list,
                none);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        try {
            String token = tokens.create(me, name.getValue());
            shownTitle.setText(
                    getTranslation("api-tokens.created", name.getValue().strip()));
            shownToken.setValue(token);
            shown.setVisible(true);
            name.clear();
            refresh();
        } catch (UserFacingException refusal) {
            name.setErrorMessage(Messages.text(this, refusal));
            name.setInvalid(true);
        }
    }

    private void refresh() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        list.removeAll();
        List<ApiTokens.ApiToken> all = tokens.tokens(me);
        for (ApiTokens.ApiToken token : all) {
            Span label = new Span(token.name());
            label.addClassName("bk-api-token-name");
            Span details = new Span(getTranslation("api-tokens.made", format.format(token.createdAt())) + " · "
                    + (token.lastUsed() == null
                            ? getTranslation("api-tokens.never-used")
                            : getTranslation("api-tokens.last-used", format.format(token.lastUsed()))));
            details.addClassName("bk-api-token-details");
            Button revoke = new Button(getTranslation("api-tokens.revoke"), click -> confirmRevoke(token));
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            ListItem item = new ListItem(label, details, revoke);
            item.addClassName("bk-api-token");
            list.add(item);
        }
        none.setVisible(all.isEmpty());
    }

    private void confirmRevoke(ApiTokens.ApiToken token) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("api-tokens.revoke-title", token.name()));
        dialog.setText(getTranslation("api-tokens.revoke-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("api-tokens.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            tokens.revoke(me, token.id());
            shown.setVisible(false);
            shownToken.clear();
            Messages.done(this, "api-tokens.revoked", token.name());
            refresh();
        });
        dialog.open();
    }
}
