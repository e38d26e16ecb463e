package nl.buurtkaarten.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;

/** The interface languages: Dutch first, English complete. */
public final class Locales {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Locales() {}

    public static Locale forLanguage(String language) {
        return "en".equals(language) ? ENGLISH : DUTCH;
    }

    /** English for a browser that prefers it, Dutch otherwise. */
    public static Locale ofBrowser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return DUTCH;
        }
        String accept = request.getHeader("Accept-Language");
        if (accept == null || accept.isBlank()) {
            return DUTCH;
        }
        for (String part : accept.split(",")) {
            String tag = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (tag.startsWith("nl")) {
                return DUTCH;
            }
            if (tag.startsWith("en")) {
                return ENGLISH;
            }
        }
        return DUTCH;
    }
}
