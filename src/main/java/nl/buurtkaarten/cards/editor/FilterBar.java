package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.CardTags;
import nl.buurtkaarten.cards.SupportKind;

/** The filters above the card list: words, kind, support, theme, tags, and cards still missing a translation. */
class FilterBar extends Div {

    private final TextField search = new TextField();
    private final Select<CardKind> kindFilter = new Select<>();
    private final Select<SupportKind> supportFilter = new Select<>();
    private final Select<String> themeFilter = new Select<>();
    private final Select<CardTags.Style> styleFilter = new Select<>();
    private final Select<CardTags.Behaviour> behaviourFilter = new Select<>();
    private final Select<CardTags.Place> placeFilter = new Select<>();
    private final Select<String> languageFilter = new Select<>();
    private final Checkbox missingTranslation = new Checkbox();

    /** {@code onChange} runs whenever a filter changes. */
    FilterBar(Runnable onChange) {
        search.setLabel(getTranslation("editor.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        kindFilter.setLabel(getTranslation("editor.field.kind"));
        kindFilter.setItems(CardKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("editor.filter.all"));
        kindFilter.setItemLabelGenerator(value ->
                value == null ? getTranslation("editor.filter.all") : getTranslation("card.kind." + value.fileValue()));
        supportFilter.setLabel(getTranslation("editor.field.support"));
        supportFilter.setItems(SupportKind.values());
        supportFilter.setEmptySelectionAllowed(true);
        supportFilter.setEmptySelectionCaption(getTranslation("editor.filter.all"));
        supportFilter.setItemLabelGenerator(value ->
                value == null ? getTranslation("editor.filter.all") : getTranslation("support." + value.fileValue()));
        themeFilter.setLabel(getTranslation("editor.field.theme"));
        themeFilter.setEmptySelectionAllowed(true);
        themeFilter.setEmptySelectionCaption(getTranslation("editor.filter.all"));
        languageFilter.setLabel(getTranslation("editor.filter.language"));
        languageFilter.setItems(CardLanguages.TRANSLATIONS);
        languageFilter.setItemLabelGenerator(language -> CardLanguages.name(this, language));
        languageFilter.setValue("en");
        missingTranslation.setLabel(getTranslation("editor.filter.missing"));
        search.addValueChangeListener(change -> onChange.run());
        kindFilter.addValueChangeListener(change -> onChange.run());
        supportFilter.addValueChangeListener(change -> onChange.run());
        themeFilter.addValueChangeListener(change -> onChange.run());
        languageFilter.addValueChangeListener(change -> onChange.run());
        missingTranslation.addValueChangeListener(change -> onChange.run());
        tagFilter(styleFilter, "style", CardTags.Style.values(), onChange);
        tagFilter(behaviourFilter, "behaviour", CardTags.Behaviour.values(), onChange);
        tagFilter(placeFilter, "place", CardTags.Place.values(), onChange);
        add(
                search,
                kindFilter,
                supportFilter,
                themeFilter,
                styleFilter,
                behaviourFilter,
                placeFilter,
                languageFilter,
                missingTranslation);
        addClassName("bk-editor-filters");
    }

    private <T extends CardTags.Tag> void tagFilter(Select<T> filter, String dimension, T[] values, Runnable onChange) {
        filter.setLabel(getTranslation("tag.dimension." + dimension));
        filter.setItems(values);
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("editor.filter.all"));
        filter.setItemLabelGenerator(
                value -> value == null ? getTranslation("editor.filter.all") : getTranslation(value.labelKey()));
        filter.addValueChangeListener(change -> onChange.run());
    }

    /** The chosen deck's themes to filter on; a theme already chosen stays when the deck still has it. */
    void themes(List<String> themes) {
        String chosenTheme = themeFilter.getValue();
        themeFilter.setItems(themes);
        themeFilter.setItemLabelGenerator(theme -> theme == null ? getTranslation("editor.filter.all") : theme);
        if (chosenTheme != null && themes.contains(chosenTheme)) {
            themeFilter.setValue(chosenTheme);
        }
    }

    /** Whether a card passes every filter as they are set now. */
    Predicate<Card> matcher() {
        String query = search.getValue().strip().toLowerCase(Locale.ROOT);
        Predicate<Card> found = card -> query.isEmpty()
                || card.id().contains(query)
                || card.text().values().stream()
                        .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(query));
        return found.and(card -> kindFilter.getValue() == null || card.kind() == kindFilter.getValue())
                .and(card -> supportFilter.getValue() == null || card.support() == supportFilter.getValue())
                .and(card -> themeFilter.getValue() == null || card.theme().equals(themeFilter.getValue()))
                .and(card -> styleFilter.getValue() == null || card.tags().style() == styleFilter.getValue())
                .and(card ->
                        behaviourFilter.getValue() == null || card.tags().behaviour() == behaviourFilter.getValue())
                .and(card -> placeFilter.getValue() == null || card.tags().place() == placeFilter.getValue())
                .and(card -> !missingTranslation.getValue() || !card.text().containsKey(languageFilter.getValue()));
    }
}
