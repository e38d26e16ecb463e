package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.DeckProblem;
import nl.buurtkaarten.cards.ui.DeckProblemList;

/**
 * What the editor should know about the decks, shown under the deck bar: languages of the chosen
 * deck still to be checked, problems in the files or in an import, and the checker's warnings.
 */
final class DeckNotes {

    private final Component context;
    private final DeckCatalog catalog;
    private final Paragraph review = new Paragraph();
    private final Div problems = new Div();
    private final Div warnings = new Div();

    /** {@code context} is the view the notes stand in, for their texts. */
    DeckNotes(Component context, DeckCatalog catalog) {
        this.context = context;
        this.catalog = catalog;
        review.addClassName("bk-editor-review");
        warnings.addClassNames("bk-editor-warnings", "bk-deck-warnings");
        problems.addClassName("bk-deck-problems");
    }

    /** The notes in the order the page shows them. */
    Component[] components() {
        return new Component[] {review, problems, warnings};
    }

    /** Problems in the deck files as last read, if any. */
    void showCatalogProblems() {
        problems.removeAll();
        problems.setVisible(!catalog.problems().isEmpty());
        if (!catalog.problems().isEmpty()) {
            problems.add(new Paragraph(context.getTranslation("editor.deck-problems")));
            problems.add(DeckProblemList.of(context, catalog.problems()));
        }
    }

    /** Why a zip could not be imported. */
    void showImportProblems(List<DeckProblem> list) {
        problems.removeAll();
        problems.setVisible(true);
        problems.add(
                new Paragraph(context.getTranslation("editor.import.problems")), DeckProblemList.of(context, list));
    }

    /** The chosen deck's languages still to be checked, and the checker's warnings about it. */
    void showDeck(Optional<Deck> deck) {
        List<String> toReview = deck.map(Deck::languagesToReview).orElse(List.of());
        review.setText(
                toReview.isEmpty()
                        ? ""
                        : context.getTranslation(
                                "editor.review.needed",
                                String.join(
                                        ", ",
                                        toReview.stream()
                                                .map(language -> CardLanguages.name(context, language))
                                                .toList())));
        review.setVisible(!toReview.isEmpty());
        warnings.removeAll();
        List<DeckProblem> found =
                deck.map(item -> catalog.warningsOf(item.id())).orElse(List.of());
        warnings.setVisible(!found.isEmpty());
        if (!found.isEmpty()) {
            warnings.add(
                    new Paragraph(context.getTranslation("editor.warnings.deck", found.size())),
                    DeckProblemList.of(context, found));
        }
    }
}
