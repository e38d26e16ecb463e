package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.CardTags;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.cards.SupportKind;

/**
 * The fields of one card, with the same checks as the deck files get, shown while typing: errors
 * on the fields, and the deck checker's warnings (one question, B1 Dutch, a tip for situations)
 * below them. Calls back on every change so the previews can follow.
 */
class CardForm extends Div {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final int MAX_NOTES = 400;

    private final TextField id = new TextField();
    private final Select<CardKind> kind = new Select<>();
    private final Select<SupportKind> support = new Select<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private final Map<String, TextArea> notes = new LinkedHashMap<>();
    private final TextField image = new TextField();
    private final CardTagFields tags;
    private final PictureChoicesField choices;
    private final CardWarnings warnings = new CardWarnings();
    /** The card as it was opened: languages and choice order the form does not show are kept from it. */
    private Card shown;

    CardForm(Runnable onChange) {
        addClassName("bk-card-form");
        id.setLabel(getTranslation("editor.field.id"));
        id.setHelperText(getTranslation("editor.field.id-helper"));
        id.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("editor.field.kind"));
        kind.setItems(CardKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("card.kind." + value.fileValue()));
        support.setLabel(getTranslation("editor.field.support"));
        support.setItems(SupportKind.values());
        support.setItemLabelGenerator(value -> getTranslation("support." + value.fileValue()));
        theme.setLabel(getTranslation("editor.field.theme"));
        theme.setAllowCustomValue(true);
        theme.addCustomValueSetListener(event -> theme.setValue(event.getDetail()));
        theme.setHelperText(getTranslation("editor.field.theme-helper"));
        image.setLabel(getTranslation("editor.field.image"));
        image.setHelperText(getTranslation("editor.field.image-helper"));
        tags = new CardTagFields(onChange);
        choices = new PictureChoicesField(onChange);
        add(id, kind, support, theme, tags);
        for (String language : CardLanguages.ALL) {
            TextArea text = new TextArea(getTranslation("editor.field.text", CardLanguages.name(this, language)));
            text.setRequiredIndicatorVisible(Card.DEFAULT_LANGUAGE.equals(language));
            text.addClassName("bk-editor-text");
            text.getElement().setAttribute("lang", language);
            text.getElement().setAttribute("dir", "ar".equals(language) ? "rtl" : "ltr");
            texts.put(language, text);
            add(text);
        }
        for (String language : CardLanguages.NOTES) {
            TextArea note = new TextArea(getTranslation("editor.field.notes", CardLanguages.name(this, language)));
            notes.put(language, note);
            add(note);
        }
        add(choices, image, warnings);
        id.setValueChangeMode(ValueChangeMode.EAGER);
        id.addValueChangeListener(change -> onChange.run());
        kind.addValueChangeListener(change -> onChange.run());
        support.addValueChangeListener(change -> onChange.run());
        theme.addValueChangeListener(change -> onChange.run());
        for (TextArea area : allAreas()) {
            area.setValueChangeMode(ValueChangeMode.EAGER);
            area.setWidthFull();
            area.addValueChangeListener(change -> onChange.run());
        }
    }

    /** The kind and the support chosen (null while none is), and the picture's file name as typed: what the previews show. */
    CardKind chosenKind() {
        return kind.getValue();
    }

    SupportKind chosenSupport() {
        return support.getValue();
    }

    String imageName() {
        return image.getValue().strip();
    }

    /** The deck's themes to choose from; a theme already chosen or typed stays, also when the decks are read again. */
    void themes(List<String> known) {
        String chosen = theme.getValue();
        theme.setItems(known);
        if (chosen != null && !chosen.equals(theme.getValue())) {
            theme.setValue(chosen);
        }
    }

    void show(Card card) {
        shown = card;
        id.setValue(card == null ? "" : card.id());
        kind.setValue(card == null ? CardKind.QUESTION : card.kind());
        support.setValue(card == null ? SupportKind.CONNECTION : card.support());
        theme.setValue(card == null ? null : card.theme());
        for (String language : CardLanguages.ALL) {
            texts.get(language).setValue(card == null ? "" : card.text().getOrDefault(language, ""));
        }
        for (String language : CardLanguages.NOTES) {
            notes.get(language).setValue(card == null ? "" : card.notes().getOrDefault(language, ""));
        }
        image.setValue(card == null || card.image() == null ? "" : card.image());
        tags.show(card == null ? CardTags.NONE : card.tags());
        choices.show(card);
        validate();
    }

    /** Marks every field that would not pass the deck checks; true when all are fine. Warnings never block. */
    boolean validate() {
        boolean valid = true;
        if (id.getValue().isBlank()) {
            valid &= mark(id, "deck.problem.empty-field", "id");
        } else {
            valid &= mark(
                    id,
                    ID.matcher(id.getValue().strip()).matches() ? null : "deck.problem.bad-id",
                    id.getValue().strip());
        }
        valid &= mark(
                theme,
                theme.getValue() == null || theme.getValue().isBlank() ? "deck.problem.empty-field" : null,
                "theme");
        for (String language : CardLanguages.ALL) {
            TextArea text = texts.get(language);
            int length = text.getValue().strip().length();
            text.setHelperText(getTranslation("editor.counter", length, Card.MAX_TEXT));
            String problem = length > Card.MAX_TEXT
                    ? "editor.error.text-too-long"
                    : Card.DEFAULT_LANGUAGE.equals(language) && length == 0 ? "editor.error.dutch-required" : null;
            valid &= mark(text, problem, String.valueOf(Card.MAX_TEXT));
        }
        for (String language : CardLanguages.NOTES) {
            TextArea note = notes.get(language);
            valid &= mark(
                    note,
                    note.getValue().strip().length() > MAX_NOTES ? "editor.error.notes-too-long" : null,
                    String.valueOf(MAX_NOTES));
        }
        CardKind current = kind.getValue() == null ? CardKind.QUESTION : kind.getValue();
        valid &= mark(
                choices,
                choices.check(current),
                String.valueOf(PictureChoice.MIN_PER_CARD),
                String.valueOf(PictureChoice.MAX_PER_CARD));
        warnings.show(
                current,
                texts.get(Card.DEFAULT_LANGUAGE).getValue(),
                notes.get(Card.DEFAULT_LANGUAGE).getValue(),
                tags.incomplete());
        return valid;
    }

    /** The card as filled in; only call after {@link #validate()} said yes. */
    Card card(String deckId) {
        Map<String, String> text = new LinkedHashMap<>(shown == null ? Map.of() : shown.text());
        Map<String, String> note = new LinkedHashMap<>(shown == null ? Map.of() : shown.notes());
        for (String language : CardLanguages.ALL) {
            putOrRemove(text, language, texts.get(language).getValue());
        }
        for (String language : CardLanguages.NOTES) {
            putOrRemove(note, language, notes.get(language).getValue());
        }
        String picture = image.getValue().isBlank() ? null : image.getValue().strip();
        return new Card(
                deckId,
                id.getValue().strip(),
                kind.getValue(),
                theme.getValue().strip(),
                support.getValue(),
                text,
                note,
                picture,
                tags.tags(),
                choices.ordered(shown));
    }

    Optional<String> previewText(String language) {
        String text = texts.get(language).getValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static void putOrRemove(Map<String, String> target, String language, String value) {
        if (value != null && !value.isBlank()) {
            target.put(language, value.strip());
        } else {
            target.remove(language);
        }
    }

    private boolean mark(HasValidation field, String key, String... arguments) {
        if (key == null) {
            field.setInvalid(false);
            return true;
        }
        field.setErrorMessage(getTranslation(key, (Object[]) arguments));
        field.setInvalid(true);
        return false;
    }

    private List<TextArea> allAreas() {
        return Stream.concat(texts.values().stream(), notes.values().stream()).toList();
    }
}
