package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkaarten.cards.CardChecks;
import nl.buurtkaarten.cards.CardKind;

/** The deck checker's warnings about the card being written; shown only when there are any, and never blocking a save. */
class CardWarnings extends Div {

    private final UnorderedList warnings = new UnorderedList();

    CardWarnings() {
        addClassName("bk-editor-warnings");
        warnings.addClassName("bk-card-warnings");
        add(new Paragraph(getTranslation("editor.warnings.card")), warnings);
    }

    /** Checks the Dutch text and tip of a card of this kind; a situation also wants all three tags. */
    void show(CardKind kind, String text, String notes, boolean untagged) {
        warnings.removeAll();
        List<CardChecks.Finding> findings = new ArrayList<>(CardChecks.check(kind, text, notes));
        for (CardChecks.Finding finding : findings) {
            warnings.add(new ListItem(
                    getTranslation(finding.messageKey(), finding.arguments().toArray())));
        }
        if (kind == CardKind.SITUATION && untagged) {
            warnings.add(new ListItem(getTranslation("editor.warnings.tags")));
        }
        setVisible(warnings.getChildren().findAny().isPresent());
    }
}
