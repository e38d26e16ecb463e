package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.Component;
import java.util.List;

/** The languages a card can be written in, Dutch first, and their names in the editor's own language. */
final class CardLanguages {

    /** Every language a card can be written in; Dutch first. */
    static final List<String> ALL = List.of("nl", "en", "ar", "tr", "pl");
    /** Facilitators read tips in Dutch or English. */
    static final List<String> NOTES = List.of("nl", "en");
    /** The languages a card is translated into: all but Dutch. */
    static final List<String> TRANSLATIONS = ALL.subList(1, ALL.size());

    private CardLanguages() {}

    /** The name of a language in the editor's own language. */
    static String name(Component context, String language) {
        return context.getTranslation("editor.language." + language);
    }
}
