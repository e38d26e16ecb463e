package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckEditor;
import nl.buurtkaarten.cards.InvalidDeckException;
import nl.buurtkaarten.cards.TranslationReview;
import nl.buurtkaarten.cards.ui.DeckProblemList;

/** A deck's own details: its title and description in each language, credits, version, and which translations were checked. */
class DeckDetailsDialog extends Dialog {

    private final Map<String, TextField> titles = new LinkedHashMap<>();
    private final Map<String, TextArea> descriptions = new LinkedHashMap<>();
    private final Map<String, Select<TranslationReview>> reviews = new LinkedHashMap<>();
    private final Div fields = new Div();
    private final TextField credits = new TextField();
    private final IntegerField version = new IntegerField();

    /** {@code onSaved} gets the deck as saved, after the dialog has closed. */
    DeckDetailsDialog(DeckEditor editor, Deck chosen, Consumer<Deck> onSaved) {
        setHeaderTitle(getTranslation("editor.details.title", chosen.id()));
        fields.addClassName("bk-details-form");
        for (String language : CardLanguages.ALL) {
            TextField title =
                    new TextField(getTranslation("editor.details.deck-title", CardLanguages.name(this, language)));
            title.setValue(chosen.title().getOrDefault(language, ""));
            title.setWidthFull();
            titles.put(language, title);
            TextArea description =
                    new TextArea(getTranslation("editor.details.description", CardLanguages.name(this, language)));
            description.setValue(chosen.description().getOrDefault(language, ""));
            description.setWidthFull();
            descriptions.put(language, description);
            fields.add(title, description);
        }
        credits.setLabel(getTranslation("editor.details.credits"));
        credits.setValue(chosen.credits());
        credits.setWidthFull();
        version.setLabel(getTranslation("editor.details.version"));
        version.setValue(chosen.version());
        version.setMin(1);
        version.setStepButtonsVisible(true);
        fields.add(credits, version);
        for (String language : CardLanguages.TRANSLATIONS) {
            Select<TranslationReview> mark = new Select<>();
            mark.setLabel(getTranslation("editor.details.review", CardLanguages.name(this, language)));
            mark.setItems(TranslationReview.values());
            mark.setEmptySelectionAllowed(true);
            mark.setEmptySelectionCaption(getTranslation("editor.details.review-unset"));
            mark.setItemLabelGenerator(value -> value == null
                    ? getTranslation("editor.details.review-unset")
                    : getTranslation("editor.details.review-" + value.fileValue()));
            mark.setValue(chosen.review().get(language));
            mark.addClassName("bk-details-review");
            reviews.put(language, mark);
            fields.add(mark);
        }
        Button save = new Button(getTranslation("editor.save"), click -> save(editor, chosen, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        add(fields);
        getFooter().add(cancel, save);
        setWidth("min(640px, 95vw)");
    }

    private void save(DeckEditor editor, Deck chosen, Consumer<Deck> onSaved) {
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, String> description = new LinkedHashMap<>();
        titles.forEach((language, field) -> title.put(language, field.getValue()));
        descriptions.forEach((language, field) -> description.put(language, field.getValue()));
        try {
            Map<String, TranslationReview> marks = new LinkedHashMap<>();
            reviews.forEach((language, field) -> {
                if (field.getValue() != null) {
                    marks.put(language, field.getValue());
                }
            });
            Deck saved = editor.saveDetails(
                    chosen.id(),
                    title,
                    description,
                    credits.getValue(),
                    version.getValue() == null ? 0 : version.getValue(),
                    marks);
            close();
            onSaved.accept(saved);
            Messages.done(this, "editor.details.saved");
        } catch (InvalidDeckException invalid) {
            fields.add(DeckProblemList.of(this, invalid.problems()));
        } catch (UserFacingException refusal) {
            Messages.refused(this, refusal);
        }
    }
}
