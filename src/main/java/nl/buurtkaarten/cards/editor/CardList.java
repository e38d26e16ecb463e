package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import nl.buurtkaarten.cards.Card;

/** The cards that pass the filters, one row each, and the button for a new card; a chosen row opens its card. */
class CardList extends Div {

    private final Grid<Card> grid = new Grid<>();

    /** {@code onOpen} gets the chosen card, or null for a new one. */
    CardList(Consumer<Card> onOpen) {
        grid.addColumn(Card::id)
                .setHeader(getTranslation("editor.field.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card -> getTranslation("card.kind." + card.kind().fileValue()))
                .setHeader(getTranslation("editor.field.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card -> getTranslation("support." + card.support().fileValue()))
                .setHeader(getTranslation("editor.field.support"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card -> card.textIn(Card.DEFAULT_LANGUAGE))
                .setHeader(getTranslation("editor.column.text"))
                .setFlexGrow(1);
        grid.addColumn(card -> String.join(
                        " · ",
                        card.tags().named().stream()
                                .map(tag -> getTranslation(tag.labelKey()))
                                .toList()))
                .setHeader(getTranslation("editor.column.tags"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(card ->
                        String.join(", ", card.text().keySet().stream().sorted().toList()))
                .setHeader(getTranslation("editor.column.languages"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addClassName("bk-editor-grid");
        grid.setAllRowsVisible(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                onOpen.accept(change.getValue());
            }
        });
        Button newCard = new Button(getTranslation("editor.new-card"), click -> onOpen.accept(null));
        newCard.addThemeVariants(ButtonVariant.PRIMARY);
        add(grid, newCard);
        addClassName("bk-editor-list");
    }

    /** Shows these cards, in the order of their ids. */
    void show(List<Card> cards) {
        grid.setItems(cards.stream().sorted(Comparator.comparing(Card::id)).toList());
    }

    void clearSelection() {
        grid.asSingleSelect().clear();
    }
}
