package nl.buurtkaarten.editor.ui;

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
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.cards.internal.DeckFileReader;

/**
 * The fields of one card, with the same checks as the deck files get, shown while typing. Calls
 * back on every change so the previews can follow.
 */
class CardForm extends Div {

    static final List<String> LANGUAGES = List.of("nl", "en");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final int MAX_NOTES = 400;

    final TextField id = new TextField();
    final Select<CardKind> kind = new Select<>();
    final Select<SupportKind> support = new Select<>();
    final ComboBox<String> theme = new ComboBox<>();
    final Map<String, TextArea> texts = new LinkedHashMap<>();
    final Map<String, TextArea> notes = new LinkedHashMap<>();
    final TextField image = new TextField();

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
        add(id, kind, support, theme);
        for (String language : LANGUAGES) {
            TextArea text = new TextArea(getTranslation("editor.field.text", getTranslation("language." + language)));
            text.setRequiredIndicatorVisible(Card.DEFAULT_LANGUAGE.equals(language));
            text.addClassName("bk-editor-text");
            texts.put(language, text);
            add(text);
        }
        for (String language : LANGUAGES) {
            TextArea note = new TextArea(getTranslation("editor.field.notes", getTranslation("language." + language)));
            notes.put(language, note);
            add(note);
        }
        add(image);
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

    void themes(List<String> known) {
        theme.setItems(known);
    }

    void show(Card card) {
        id.setValue(card == null ? "" : card.id());
        kind.setValue(card == null ? CardKind.QUESTION : card.kind());
        support.setValue(card == null ? SupportKind.CONNECTION : card.support());
        theme.setValue(card == null ? null : card.theme());
        for (String language : LANGUAGES) {
            texts.get(language).setValue(card == null ? "" : card.text().getOrDefault(language, ""));
            notes.get(language).setValue(card == null ? "" : card.notes().getOrDefault(language, ""));
        }
        image.setValue(card == null || card.image() == null ? "" : card.image());
        validate();
    }

    /** Marks every field that would not pass the deck checks; true when all are fine. */
    boolean validate() {
        boolean valid = true;
        if (id.getValue().isBlank()) {
            valid &= mark(id, "deck.problem.empty-field", "id");
        } else {
            valid &= mark(id, ID.matcher(id.getValue().strip()).matches() ? null : "deck.problem.bad-id", id.getValue().strip());
        }
        valid &= mark(theme, theme.getValue() == null || theme.getValue().isBlank() ? "deck.problem.empty-field" : null, "theme");
        for (String language : LANGUAGES) {
            TextArea text = texts.get(language);
            int length = text.getValue().strip().length();
            text.setHelperText(getTranslation("editor.counter", length, DeckFileReader.MAX_CARD_TEXT));
            String problem = length > DeckFileReader.MAX_CARD_TEXT ? "editor.error.text-too-long"
                    : Card.DEFAULT_LANGUAGE.equals(language) && length == 0 ? "editor.error.dutch-required" : null;
            valid &= mark(text, problem, String.valueOf(DeckFileReader.MAX_CARD_TEXT));
            TextArea note = notes.get(language);
            valid &= mark(note, note.getValue().strip().length() > MAX_NOTES ? "editor.error.notes-too-long" : null,
                    String.valueOf(MAX_NOTES));
        }
        return valid;
    }

    /** The card as filled in; only call after {@link #validate()} said yes. */
    Card card(String deckId) {
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, String> note = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            putIfFilled(text, language, texts.get(language).getValue());
            putIfFilled(note, language, notes.get(language).getValue());
        }
        String picture = image.getValue().isBlank() ? null : image.getValue().strip();
        return new Card(deckId, id.getValue().strip(), kind.getValue(), theme.getValue().strip(), support.getValue(),
                text, note, picture);
    }

    Optional<String> previewText(String language) {
        String text = texts.get(language).getValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static void putIfFilled(Map<String, String> target, String language, String value) {
        if (value != null && !value.isBlank()) {
            target.put(language, value.strip());
        }
    }

    private boolean mark(com.vaadin.flow.component.HasValidation field, String key, String... arguments) {
        if (key == null) {
            field.setInvalid(false);
            return true;
        }
        field.setErrorMessage(getTranslation(key, (Object[]) arguments));
        field.setInvalid(true);
        return false;
    }

    private List<TextArea> allAreas() {
        return java.util.stream.Stream.concat(texts.values().stream(), notes.values().stream()).toList();
    }
}
