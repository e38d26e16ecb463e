package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import nl.buurtkaarten.base.ui.PhoneIcon;
import org.springframework.modulith.NamedInterface;

/**
 * The low-literacy mode of the phone: pictures first, fewer words, a read-aloud button, answers
 * and offers by tapping. A parent switches it on and off at the top of every screen; the choice
 * is kept like the language (session and a cookie holding only "1" or "0").
 */
@NamedInterface("ui")
public final class EasyMode {

    static final String COOKIE = "bk_easy";
    private static final String SESSION_KEY = EasyMode.class.getName();
    private static final Duration LIFETIME = Duration.ofDays(365);

    private EasyMode() {}

    public static boolean isOn() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Boolean chosen) {
            return chosen;
        }
        return BrowserCookies.read(COOKIE).map("1"::equals).orElse(false);
    }

    static void set(UI ui, boolean on) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, on);
        BrowserCookies.write(COOKIE, on ? "1" : "0", LIFETIME);
        ui.refreshCurrentRoute(false);
    }

    /** The switch: an eye-catching picture button, pressed when the mode is on. */
    static Button toggle() {
        boolean on = isOn();
        SvgIcon icon = PhoneIcon.PICTURE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Button button = new Button(UI.getCurrent().getTranslation("easy.switch"), icon);
        button.addClassName("bk-easy-switch");
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        button.addClickListener(click -> click.getSource().getUI().ifPresent(ui -> set(ui, !on)));
        return button;
    }
}
