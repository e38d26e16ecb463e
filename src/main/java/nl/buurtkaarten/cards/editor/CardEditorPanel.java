package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.DeckEditor;
import nl.buurtkaarten.cards.InvalidDeckException;
import nl.buurtkaarten.cards.ui.DeckProblemList;

/**
 * The panel beside the card list where one card is written: its previews, its form, and saving,
 * cancelling or deleting it. Hidden while no card is open.
 */
class CardEditorPanel extends Section {

    private final DeckEditor editor;
    private final DeckCatalog catalog;
    private final Supplier<Optional<Deck>> deck;
    private final Consumer<Deck> onDeckEdited;
    private final Runnable onClosed;
    private final H2 title = new H2();
    private final CardPreviews previews = new CardPreviews(this::updatePreview);
    private final CardForm form = new CardForm(this::updatePreview);
    private final UnorderedList saveProblems = new UnorderedList();
    private final Button delete = new Button();
    /** The id of the card as it is in the file; null for a new card. */
    private String editingId;

    /**
     * {@code deck} is the deck the cards belong to, {@code onDeckEdited} gets it back after a save or
     * a delete, and {@code onClosed} runs when the panel closes.
     */
    CardEditorPanel(
            DeckEditor editor,
            DeckCatalog catalog,
            Supplier<Optional<Deck>> deck,
            Consumer<Deck> onDeckEdited,
            Runnable onClosed) {
        this.editor = editor;
        this.catalog = catalog;
        this.deck = deck;
        this.onDeckEdited = onDeckEdited;
        this.onClosed = onClosed;
        Button save = new Button(getTranslation("editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        delete.setText(getTranslation("editor.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        Div actions = new Div(save, cancel, delete);
        actions.addClassName("bk-editor-actions");
        saveProblems.addClassName("bk-editor-save-problems");
        addClassName("bk-editor-panel");
        add(title, previews, form, saveProblems, actions);
        setVisible(false);
    }

    /** The deck's themes to choose from in the form. */
    void themes(List<String> themes) {
        form.themes(themes);
    }

    /** Opens a card of the chosen deck, or an empty form for a new card when {@code card} is null. */
    void open(Card card) {
        if (deck.get().isEmpty()) {
            return;
        }
        editingId = card == null ? null : card.id();
        title.setText(card == null ? getTranslation("editor.new-card") : getTranslation("editor.edit-card", card.id()));
        saveProblems.removeAll();
        form.show(card);
        delete.setVisible(card != null);
        setVisible(true);
        updatePreview();
    }

    void close() {
        setVisible(false);
        editingId = null;
        onClosed.run();
    }

    /** Forgets the problems of the last save. */
    void clearProblems() {
        saveProblems.removeAll();
    }

    private void updatePreview() {
        if (form.chosenKind() == null || form.chosenSupport() == null) {
            return;
        }
        previews.show(form.chosenKind(), form.chosenSupport(), form::previewText, previewImage());
        form.validate();
    }

    /** The picture named in the form, if it is a file inside the deck's folder. */
    private Optional<Path> previewImage() {
        String name = form.imageName();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return deck.get()
                .flatMap(item -> catalog.folderOf(item.id()))
                .map(folder -> folder.toAbsolutePath().normalize())
                .flatMap(folder -> Optional.of(folder.resolve(name).normalize())
                        .filter(path -> path.startsWith(folder) && Files.isRegularFile(path)));
    }

    private void save() {
        saveProblems.removeAll();
        if (!form.validate() || deck.get().isEmpty()) {
            Messages.refused(this, new UserFacingException("editor.error.invalid"));
            return;
        }
        try {
            Card card = form.card(deck.get().get().id());
            Deck saved = editor.saveCard(deck.get().get().id(), editingId, card);
            Messages.done(this, "editor.saved", card.id());
            onDeckEdited.accept(saved);
            editingId = card.id();
            title.setText(getTranslation("editor.edit-card", card.id()));
            delete.setVisible(true);
        } catch (InvalidDeckException invalid) {
            saveProblems.add(DeckProblemList.of(this, invalid.problems()));
            Messages.refused(this, invalid);
        } catch (UserFacingException refusal) {
            Messages.refused(this, refusal);
        }
    }

    private void confirmDelete() {
        new DeleteCardDialog(editingId, () -> {
                    if (Messages.attempt(
                            this,
                            () -> onDeckEdited.accept(
                                    editor.deleteCard(deck.get().orElseThrow().id(), editingId)))) {
                        close();
                    }
                })
                .open();
    }
}
