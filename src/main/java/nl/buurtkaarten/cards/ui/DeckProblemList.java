package nl.buurtkaarten.cards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.buurtkaarten.cards.DeckProblem;
import org.springframework.modulith.NamedInterface;

/** Problems found in deck (or guide) files as a list a person can act on: "file, line 12: what is wrong and how to fix it". */
@NamedInterface("ui")
public final class DeckProblemList {

    private DeckProblemList() {}

    public static UnorderedList of(Component context, List<DeckProblem> problems) {
        UnorderedList items = new UnorderedList();
        for (DeckProblem problem : problems) {
            String where = problem.line() > 0
                    ? context.getTranslation("deck.problem.where-line", problem.file(), problem.line())
                    : problem.file();
            items.add(new ListItem(where + ": "
                    + context.getTranslation(
                            problem.messageKey(), problem.arguments().toArray())));
        }
        return items;
    }
}
