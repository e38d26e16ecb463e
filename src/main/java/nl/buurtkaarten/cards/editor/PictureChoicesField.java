package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;

/**
 * The pictures a parent in the low-literacy mode taps to answer the card: none (the card kind's own
 * then), or between the minimum and the maximum number; the helper text names the kind's own.
 */
class PictureChoicesField extends MultiSelectComboBox<PictureChoice> {

    PictureChoicesField(Runnable onChange) {
        setLabel(getTranslation("editor.field.choices"));
        setItems(PictureChoice.values());
        setItemLabelGenerator(choice -> getTranslation("choice." + choice.fileValue()));
        setWidthFull();
        addValueChangeListener(change -> onChange.run());
    }

    void show(Card card) {
        setValue(card == null ? Set.of() : Set.copyOf(card.choices()));
    }

    /** The problem's message key when the number chosen is not allowed, else null; the helper text follows the kind. */
    String check(CardKind kind) {
        setHelperText(getTranslation(
                "editor.field.choices-helper",
                String.join(
                        ", ",
                        kind.defaultChoices().stream()
                                .map(choice -> getTranslation("choice." + choice.fileValue()))
                                .toList())));
        int chosen = getValue().size();
        boolean allowed = chosen == 0 || (chosen >= PictureChoice.MIN_PER_CARD && chosen <= PictureChoice.MAX_PER_CARD);
        return allowed ? null : "editor.error.choices-count";
    }

    /** The chosen pictures: those the card had in their old order, then new ones in the usual order. */
    List<PictureChoice> ordered(Card shown) {
        Set<PictureChoice> chosen = getValue();
        List<PictureChoice> ordered = new ArrayList<>();
        if (shown != null) {
            shown.choices().stream().filter(chosen::contains).forEach(ordered::add);
        }
        Arrays.stream(PictureChoice.values())
                .filter(chosen::contains)
                .filter(choice -> !ordered.contains(choice))
                .forEach(ordered::add);
        return ordered;
    }
}
