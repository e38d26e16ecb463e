package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Locale;

/**
 * The interface languages. Dutch is the default and English is complete everywhere; parents can
 * also have their phone in Arabic (right to left), Turkish or Polish.
 */
public final class Locales {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Arabic, with the digits 0–9 (as phone numbers and times in the texts are written). */
    public static final Locale ARABIC = Locale.forLanguageTag("ar-u-nu-latn");

    public static final Locale TURKISH = Locale.forLanguageTag("tr");
    public static final Locale POLISH = Locale.forLanguageTag("pl");

    /** The languages of the facilitator's and editor's screens, and of a meeting on the projector. */
    public static final List<Locale> FACILITATOR = List.of(DUTCH, ENGLISH);
    /** The languages a parent can pick on the phone. */
    public static final List<Locale> PARENT = List.of(DUTCH, ENGLISH, ARABIC, TURKISH, POLISH);

    private Locales() {}

    /** A facilitator language by its code: English for "en", Dutch otherwise. */
    public static Locale forLanguage(String language) {
        return "en".equals(language) ? ENGLISH : DUTCH;
    }

    /** A parent language by its code, or Dutch when there is no such language. */
    public static Locale forParentLanguage(String language) {
        return PARENT.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst()
                .orElse(DUTCH);
    }

    /** English for a browser that prefers it, Dutch otherwise. */
    public static Locale ofBrowser() {
        return preferred(FACILITATOR);
    }

    /** The first of the parent languages the browser asks for, Dutch when none. */
    public static Locale ofBrowserForParents() {
        return preferred(PARENT);
    }

    private static Locale preferred(List<Locale> offered) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String accept = request == null ? null : request.getHeader("Accept-Language");
        if (accept == null || accept.isBlank()) {
            return DUTCH;
        }
        for (String part : accept.split(",")) {
            String tag = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            for (Locale locale : offered) {
                if (tag.equals(locale.getLanguage()) || tag.startsWith(locale.getLanguage() + "-")) {
                    return locale;
                }
            }
        }
        return DUTCH;
    }

    /** A language's name in that language itself, as a language picker shows it: "Türkçe", "العربية". */
    public static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    /**
     * Puts a browser tab in a language: the texts, the page's lang and writing direction (so that
     * screen readers pronounce it right and Arabic runs right to left), and the words Vaadin shows
     * while the connection is lost.
     */
    public static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.setDirection(isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        ConnectionWatch.install(ui);
    }
}
