package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import nl.buurtkaarten.cards.CardTags;

/** The card's three tags (the parent's style, the child's behaviour, the place), each one of its list or none. */
class CardTagFields extends Div {

    private final Select<CardTags.Style> style = new Select<>();
    private final Select<CardTags.Behaviour> behaviour = new Select<>();
    private final Select<CardTags.Place> place = new Select<>();

    CardTagFields(Runnable onChange) {
        addClassName("bk-editor-tags");
        tagSelect(style, "style", CardTags.Style.values());
        tagSelect(behaviour, "behaviour", CardTags.Behaviour.values());
        tagSelect(place, "place", CardTags.Place.values());
        style.setHelperText(getTranslation("editor.field.tags-helper"));
        add(style, behaviour, place);
        style.addValueChangeListener(change -> onChange.run());
        behaviour.addValueChangeListener(change -> onChange.run());
        place.addValueChangeListener(change -> onChange.run());
    }

    private <T extends CardTags.Tag> void tagSelect(Select<T> select, String dimension, T[] values) {
        select.setLabel(getTranslation("tag.dimension." + dimension));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("editor.field.tag-none"));
        select.setItemLabelGenerator(
                value -> value == null ? getTranslation("editor.field.tag-none") : getTranslation(value.labelKey()));
    }

    void show(CardTags tags) {
        style.setValue(tags.style());
        behaviour.setValue(tags.behaviour());
        place.setValue(tags.place());
    }

    CardTags tags() {
        return new CardTags(style.getValue(), behaviour.getValue(), place.getValue());
    }

    /** Whether a tag is still open: the checker then says how tags help the facilitator. */
    boolean incomplete() {
        return style.isEmpty() || behaviour.isEmpty() || place.isEmpty();
    }
}
