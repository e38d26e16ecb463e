package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import nl.buurtkaarten.base.ui.FacilitatorHeader;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckArchive;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.DeckEditor;
import nl.buurtkaarten.security.Roles;

/**
 * The content editor's workplace: find cards across a deck, edit one with a live preview of the
 * projector and a phone, and save it back to the deck's file.
 */
@Route(value = "editor", autoLayout = false)
@RolesAllowed(Roles.EDITOR)
public class DeckEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DeckCatalog catalog;
    private final DeckEditor editor;
    private final DeckArchive archive;
    private final AuthenticationContext authentication;
    private DeckBar deckBar;
    private DeckNotes notes;
    private FilterBar filters;
    private CardList cards;
    private CardEditorPanel cardEditor;

    public DeckEditorView(
            DeckCatalog catalog,
            DeckEditor editor,
            DeckArchive archive,
            AuthenticationContext authentication,
            Screens screens) {
        this.catalog = catalog;
        this.editor = editor;
        this.archive = archive;
        this.authentication = authentication;
        addClassName("bk-page");
        // The decks read again (a file changed, another facilitator imported): through the same pool as the live
        // pictures.
        screens.whileAttached(this, catalog::onReload, ui -> refreshDecks());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), Locales.ofBrowser());
        removeAll();
        cardEditor = new CardEditorPanel(editor, catalog, this::chosenDeck, this::deckEdited, this::cardClosed);
        notes = new DeckNotes(this, catalog);
        DeckImporter importer =
                new DeckImporter(archive, cardEditor::clearProblems, this::deckImported, notes::showImportProblems);
        deckBar = new DeckBar(archive, importer, this::openDetails, this::openNewDeck, this::deckChosen);
        filters = new FilterBar(this::refreshGrid);
        cards = new CardList(cardEditor::open);
        Div work = new Div(cards, cardEditor);
        work.addClassName("bk-editor-work");
        Div content = new Div();
        content.addClassNames("bk-page-content", "bk-editor");
        content.add(new H1(getTranslation("editor.title")), deckBar);
        content.add(notes.components());
        content.add(filters, work);
        add(new FacilitatorHeader(authentication), content);
        refreshDecks();
    }

    private void deckChosen(boolean readAgain) {
        refreshFilters();
        refreshGrid();
        notes.showDeck(chosenDeck());
        if (!readAgain) {
            cardEditor.close();
        }
    }

    /** A card was saved or deleted: the deck as it is now. */
    private void deckEdited(Deck edited) {
        deckBar.choose(edited);
        refreshGrid();
    }

    private void cardClosed() {
        cards.clearSelection();
    }

    private void deckImported(Deck imported) {
        refreshDecks();
        catalog.deck(imported.id()).ifPresent(deckBar::choose);
    }

    private void openDetails() {
        chosenDeck()
                .ifPresent(chosen -> new DeckDetailsDialog(editor, chosen, saved -> {
                            refreshDecks();
                            deckBar.choose(saved);
                        })
                        .open());
    }

    private void openNewDeck() {
        new NewDeckDialog(editor, created -> {
                    refreshDecks();
                    catalog.deck(created.id()).ifPresent(deckBar::choose);
                    cardEditor.open(null);
                })
                .open();
    }

    private void refreshDecks() {
        deckBar.show(catalog.decks());
        notes.showCatalogProblems();
        refreshFilters();
        refreshGrid();
        notes.showDeck(chosenDeck());
    }

    private void refreshFilters() {
        List<String> themes = chosenDeck().map(Deck::themes).orElse(List.of());
        filters.themes(themes);
        cardEditor.themes(themes);
    }

    private void refreshGrid() {
        cards.show(chosenDeck().map(Deck::cards).orElse(List.of()).stream()
                .filter(filters.matcher())
                .toList());
    }

    private Optional<Deck> chosenDeck() {
        return deckBar.chosen();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title") + " · " + getTranslation("app.name");
    }
}
