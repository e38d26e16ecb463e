package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The bar on top of the facilitator's pages: the app's name, who is signed in, sign out. */
public class FacilitatorHeader extends Header {

    public FacilitatorHeader(AuthenticationContext authentication) {
        addClassName("bk-header");
        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("bk-brand");
        Anchor meetings = new Anchor("", getTranslation("header.meetings"));
        meetings.addClassName("bk-header-link");
        meetings.setVisible(authentication.hasRole("FACILITATOR"));
        Anchor editor = new Anchor("editor", getTranslation("header.editor"));
        editor.addClassName("bk-header-link");
        editor.setVisible(authentication.hasRole("EDITOR"));
        Anchor print = new Anchor("print", getTranslation("header.print"));
        print.addClassName("bk-header-link");
        Anchor guide = new Anchor("guide", getTranslation("guide.header-link"));
        guide.addClassNames("bk-header-link", "bk-header-guide");
        guide.setVisible(authentication.hasRole("FACILITATOR") || authentication.hasRole("EDITOR"));
        Anchor admin = new Anchor("accounts", getTranslation("header.accounts"));
        admin.addClassName("bk-header-link");
        admin.setVisible(authentication.hasRole("ADMIN"));
        Anchor devices = new Anchor("devices", getTranslation("security.devices.link"));
        devices.addClassName("bk-header-link");
        Span user = new Span(getTranslation(
                "header.signed-in-as", authentication.getPrincipalName().orElse("")));
        user.addClassName("bk-header-user");
        Button signOut = new Button(getTranslation("header.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.addClassName("bk-header-signout");
        add(home, meetings, editor, print, guide, admin, devices, user, signOut);
    }
}
