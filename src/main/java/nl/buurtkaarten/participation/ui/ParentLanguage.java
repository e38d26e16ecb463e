package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.PhoneIcon;

/**
 * The language a parent picked for their phone. Kept for this browser session and in a cookie
 * (a language code, nothing personal) so that it survives a reload and the next meeting; until a
 * parent picks one, the browser's own language decides when it is one of ours.
 */
public final class ParentLanguage {

    static final String COOKIE = "bk_language";
    private static final String SESSION_KEY = ParentLanguage.class.getName();
    private static final Duration LIFETIME = Duration.ofDays(365);

    private ParentLanguage() {}

    public static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        return fromCookie().orElseGet(Locales::ofBrowserForParents);
    }

    private static Optional<Locale> fromCookie() {
        return BrowserCookies.read(COOKIE)
                .filter(value -> Locales.PARENT.stream()
                        .anyMatch(locale -> locale.getLanguage().equals(value)))
                .map(Locales::forParentLanguage);
    }

    /** Remembers the choice and puts the page in that language at once. */
    static void choose(UI ui, Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
        BrowserCookies.write(COOKIE, locale.getLanguage(), LIFETIME);
        Locales.apply(ui, locale);
        ui.refreshCurrentRoute(false);
    }

    /**
     * The picker at the top of every parent screen: each language in its own name and script, so
     * that a parent finds theirs without reading Dutch.
     */
    static Div bar() {
        Div bar = new Div(EasyMode.toggle(), picker());
        bar.addClassName("bk-language-bar");
        return bar;
    }

    static Select<Locale> picker() {
        Select<Locale> select = new Select<>();
        select.setItems(Locales.PARENT);
        select.setItemLabelGenerator(Locales::ownName);
        select.setRenderer(new ComponentRenderer<>(locale -> {
            Span name = new Span(Locales.ownName(locale));
            name.getElement().setAttribute("lang", locale.getLanguage());
            name.getElement().setAttribute("dir", Locales.isRightToLeft(locale) ? "rtl" : "ltr");
            return name;
        }));
        SvgIcon globe = PhoneIcon.GLOBE.create();
        globe.getElement().setAttribute("aria-hidden", "true");
        select.setPrefixComponent(globe);
        Locale current = current();
        select.setValue(current);
        select.setAriaLabel(UI.getCurrent().getTranslation("language.picker"));
        select.addClassName("bk-language-picker");
        select.addValueChangeListener(change -> {
            if (change.isFromClient()
                    && change.getValue() != null
                    && !change.getValue().equals(current)) {
                change.getSource().getUI().ifPresent(ui -> choose(ui, change.getValue()));
            }
        });
        return select;
    }
}
