package nl.buurtkaarten.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text, from {@code i18n/messages*.properties}: Dutch in the default file, one
 * file per other language. Never falls back to the server's own locale, so a Dutch parent never
 * gets English because the server happens to run in English.
 */
@Component
public class Translations implements I18NProvider {

    public static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Locales.PARENT;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = bundle(locale);
        try {
            String pattern = bundle.getString(key);
            return params.length == 0
                    ? pattern.replace("''", "'")
                    : new MessageFormat(pattern, formatting(locale)).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** Numbers and dates as the language writes them; Arabic with the digits 0–9 that the texts use too. */
    private static Locale formatting(Locale locale) {
        return locale == null ? Locales.DUTCH : Locales.forParentLanguage(locale.getLanguage());
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale supported = locale == null
                        || Locales.forParentLanguage(locale.getLanguage()).equals(Locales.DUTCH)
                ? Locale.ROOT
                : Locales.forParentLanguage(locale.getLanguage());
        return ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK);
    }
}
