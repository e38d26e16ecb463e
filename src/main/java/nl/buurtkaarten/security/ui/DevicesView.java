package nl.buurtkaarten.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.buurtkaarten.base.ui.FacilitatorHeader;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.security.AccountService;
import nl.buurtkaarten.security.ApiTokens;
import nl.buurtkaarten.security.RememberedDevices;
import nl.buurtkaarten.security.Roles;

/**
 * Every signed-in account sees the devices it stays signed in on ("Dit apparaat onthouden") and
 * can sign out everywhere: all remembered devices are forgotten and all open sessions end. A
 * facilitator or administrator also keeps their personal API tokens here ({@link ApiTokensSection}).
 */
@Route(value = "devices", autoLayout = false)
@PermitAll
public class DevicesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final ApiTokens apiTokens;
    private final AuthenticationContext authentication;
    private final String me;

    public DevicesView(AccountService accounts, ApiTokens apiTokens, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.apiTokens = apiTokens;
        this.authentication = authentication;
        this.me = authentication.getPrincipalName().orElseThrow();
        addClassName("bk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), Locales.ofBrowser());
        removeAll();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        List<RememberedDevices.Device> devices = accounts.devices(me);
        UnorderedList list = new UnorderedList();
        list.addClassName("bk-devices");
        for (RememberedDevices.Device device : devices) {
            ListItem item = new ListItem(getTranslation(
                    "security.devices.item", format.format(device.createdAt()), format.format(device.lastUsed())));
            item.addClassName("bk-device");
            list.add(item);
        }
        Paragraph none = new Paragraph(getTranslation("security.devices.none"));
        none.setVisible(devices.isEmpty());
        Button signOutEverywhere = new Button(getTranslation("security.devices.sign-out-all"), click -> confirm());
        signOutEverywhere.addThemeVariants(ButtonVariant.ERROR);
        signOutEverywhere.addClassName("bk-sign-out-everywhere");
        Div content = new Div(
                new H1(getTranslation("security.devices.title")),
                new Paragraph(getTranslation("security.devices.intro")),
                list,
                none,
                signOutEverywhere);
        content.addClassName("bk-page-content");
        if (authentication.hasAnyRole(Roles.FACILITATOR, Roles.ADMIN)) {
            content.add(new ApiTokensSection(apiTokens, me));
        }
        add(new FacilitatorHeader(authentication), content);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("security.devices.confirm-title"));
        dialog.setText(getTranslation("security.devices.confirm-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("security.devices.sign-out-all"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            accounts.signOutEverywhere(me);
            authentication.logout();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.devices.title") + " · " + getTranslation("app.name");
    }
}
