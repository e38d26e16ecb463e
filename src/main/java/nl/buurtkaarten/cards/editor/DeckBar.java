package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckArchive;

/** The bar at the top of the editor: which deck is worked on, its details, a new deck, and export and import as a zip. */
class DeckBar extends Div {

    /** Told of every change of the chosen deck. */
    @FunctionalInterface
    interface ChoiceListener {
        /** {@code readAgain} when it is the same deck (or none) read again from the files, which leaves an open card alone. */
        void chosen(boolean readAgain);
    }

    private final Select<Deck> deck = new Select<>();
    /** The deck whose cards are shown, and whether the catalogue is being read into the bar again. */
    private String shownDeckId;

    private boolean reloading;

    DeckBar(
            DeckArchive archive,
            DeckImporter importer,
            Runnable onDetails,
            Runnable onNewDeck,
            ChoiceListener onChange) {
        deck.setLabel(getTranslation("editor.deck"));
        deck.setWidth("26em");
        deck.setItemLabelGenerator(item -> getTranslation(
                "meetings.new.deck-label",
                item.titleIn(getLocale().getLanguage()),
                item.cards().size()));
        deck.addValueChangeListener(change -> {
            // Only another deck closes the card being edited; the same deck read again after a save
            // (the editor's own, or a colleague's) leaves the editor's work where it is.
            String id = change.getValue() == null ? null : change.getValue().id();
            boolean readAgain = reloading && (id == null || id.equals(shownDeckId));
            if (!readAgain) {
                shownDeckId = id;
            }
            onChange.chosen(readAgain);
        });
        Button newDeck = new Button(getTranslation("editor.new-deck"), click -> onNewDeck.run());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    Deck chosen = chosen().orElseThrow();
                    byte[] zip = archive.export(chosen.id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(zip), chosen.id() + ".zip", "application/zip", zip.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("editor.export"));
        export.addClassName("bk-editor-export");
        Button details = new Button(getTranslation("editor.details"), click -> onDetails.run());
        add(deck, details, newDeck, export, importer);
        addClassName("bk-editor-bar");
    }

    Optional<Deck> chosen() {
        return Optional.ofNullable(deck.getValue());
    }

    void choose(Deck chosen) {
        deck.setValue(chosen);
    }

    /** The decks as read again: the one chosen stays chosen while it is there, else the first is. */
    void show(List<Deck> decks) {
        String chosen = chosen().map(Deck::id).orElse(null);
        reloading = true;
        try {
            deck.setItems(decks);
            decks.stream()
                    .filter(item -> item.id().equals(chosen))
                    .findFirst()
                    .or(() -> decks.stream().findFirst())
                    .ifPresent(deck::setValue);
        } finally {
            reloading = false;
        }
    }
}
