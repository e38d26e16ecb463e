package nl.buurtkaarten.editor.ui;

import nl.buurtkaarten.cards.ui.DeckProblemList;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.FacilitatorHeader;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.CardTags;
import nl.buurtkaarten.cards.TranslationReview;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckArchive;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.InvalidDeckException;
import nl.buurtkaarten.cards.DeckEditor;
import nl.buurtkaarten.cards.DeckProblem;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.meeting.ui.CardDisplay;
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
    private final Select<Deck> deck = new Select<>();
    private final TextField search = new TextField();
    private final Select<CardKind> kindFilter = new Select<>();
    private final Select<SupportKind> supportFilter = new Select<>();
    private final Select<String> themeFilter = new Select<>();
    private final Select<CardTags.Style> styleFilter = new Select<>();
    private final Select<CardTags.Behaviour> behaviourFilter = new Select<>();
    private final Select<CardTags.Place> placeFilter = new Select<>();
    private final Paragraph review = new Paragraph();
    private final Div deckWarnings = new Div();
    private final Select<String> languageFilter = new Select<>();
    private final Checkbox missingTranslation = new Checkbox();
    private final Grid<Card> grid = new Grid<>();
    private final Div problems = new Div();
    private final Section editPanel = new Section();
    private final H2 editTitle = new H2();
    private final UnorderedList saveProblems = new UnorderedList();
    private final Select<String> previewLanguage = new Select<>();
    private final CardDisplay projectorPreview = new CardDisplay(CardDisplay.Size.PROJECTOR);
    private final CardDisplay phonePreview = new CardDisplay(CardDisplay.Size.PHONE);
    private final Button delete = new Button();
    private CardForm form;
    private String editingId;

    public DeckEditorView(DeckCatalog catalog, DeckEditor editor, DeckArchive archive, AuthenticationContext authentication,
            nl.buurtkaarten.base.ui.Screens screens) {
        this.catalog = catalog;
        this.editor = editor;
        this.archive = archive;
        this.authentication = authentication;
        addClassName("bk-page");
        // The decks read again (a file changed, another facilitator imported): through the same pool as the live pictures.
        screens.whileAttached(this, catalog::onReload, ui -> refreshDecks());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), Locales.ofBrowser());
        removeAll();
        form = new CardForm(this::updatePreview);
        Div content = new Div();
        content.addClassNames("bk-page-content", "bk-editor");
        content.add(new H1(getTranslation("editor.title")), deckBar(), review, problems, deckWarnings, filters(), workArea());
        add(new FacilitatorHeader(authentication), content);
        refreshDecks();
    }

    /** The deck whose cards are shown, and whether the catalogue is being read into the view again. */
    private String shownDeckId;
    private boolean reloading;

    private Div deckBar() {
        deck.setLabel(getTranslation("editor.deck"));
        deck.setWidth("26em");
        deck.setItemLabelGenerator(item -> getTranslation("meetings.new.deck-label", item.titleIn(getLocale().getLanguage()), item.cards().size()));
        deck.addValueChangeListener(change -> {
            refreshFilters();
            refreshGrid();
            refreshDeckNotes();
            // Only another deck closes the card being edited; the same deck read again after a save
            // (the editor's own, or a colleague's) leaves the editor's work where it is.
            String id = change.getValue() == null ? null : change.getValue().id();
            if (reloading && (id == null || id.equals(shownDeckId))) {
                return;
            }
            shownDeckId = id;
            closeEditor();
        });
        review.addClassName("bk-editor-review");
        deckWarnings.addClassNames("bk-editor-warnings", "bk-deck-warnings");
        Button newDeck = new Button(getTranslation("editor.new-deck"), click -> openNewDeckDialog());
        Anchor export = new Anchor(DownloadHandler.fromInputStream(request -> {
            Deck chosen = current().orElseThrow();
            byte[] zip = archive.export(chosen.id());
            return new DownloadResponse(new ByteArrayInputStream(zip), chosen.id() + ".zip", "application/zip", zip.length);
        }), AttachmentType.DOWNLOAD, getTranslation("editor.export"));
        export.addClassName("bk-editor-export");
        Button details = new Button(getTranslation("editor.details"), click -> openDetailsDialog());
        Div bar = new Div(deck, details, newDeck, export, importer());
        bar.addClassName("bk-editor-bar");
        problems.addClassName("bk-deck-problems");
        return bar;
    }

    /** Importing a deck from a zip: checked completely before anything is written. */
    private Div importer() {
        Checkbox replace = new Checkbox(getTranslation("editor.import.replace"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            saveProblems.removeAll();
            try {
                Deck imported = archive.importZip(new ByteArrayInputStream(bytes), replace.getValue());
                refreshDecks();
                catalog.deck(imported.id()).ifPresent(deck::setValue);
                Messages.done(this, "editor.import.done", imported.titleIn(getLocale().getLanguage()), imported.cards().size());
            } catch (InvalidDeckException invalid) {
                showImportProblems(invalid.problems());
                Messages.refused(this, invalid);
            } catch (UserFacingException refusal) {
                Messages.refused(this, refusal);
            }
        }))));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize((int) DeckArchive.MAX_TOTAL_BYTES + 1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("editor.import")));
        upload.setDropLabel(new Span(getTranslation("editor.import.drop")));
        upload.addFileRejectedListener(rejected -> Messages.refused(this, new UserFacingException("editor.import.rejected")));
        upload.addClassName("bk-editor-import");
        Div importer = new Div(upload, replace);
        importer.addClassName("bk-editor-importer");
        return importer;
    }

    private void showImportProblems(List<DeckProblem> list) {
        problems.removeAll();
        problems.setVisible(true);
        problems.add(new Paragraph(getTranslation("editor.import.problems")), DeckProblemList.of(this, list));
    }

    private Div filters() {
        search.setLabel(getTranslation("editor.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        kindFilter.setLabel(getTranslation("editor.field.kind"));
        kindFilter.setItems(CardKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("editor.filter.all"));
        kindFilter.setItemLabelGenerator(value -> value == null ? getTranslation("editor.filter.all") : getTranslation("card.kind." + value.fileValue()));
        supportFilter.setLabel(getTranslation("editor.field.support"));
        supportFilter.setItems(SupportKind.values());
        supportFilter.setEmptySelectionAllowed(true);
        supportFilter.setEmptySelectionCaption(getTranslation("editor.filter.all"));
        supportFilter.setItemLabelGenerator(value -> value == null ? getTranslation("editor.filter.all") : getTranslation("support." + value.fileValue()));
        themeFilter.setLabel(getTranslation("editor.field.theme"));
        themeFilter.setEmptySelectionAllowed(true);
        themeFilter.setEmptySelectionCaption(getTranslation("editor.filter.all"));
        languageFilter.setLabel(getTranslation("editor.filter.language"));
        languageFilter.setItems(CardLanguages.TRANSLATIONS);
        languageFilter.setItemLabelGenerator(language -> CardLanguages.name(this, language));
        languageFilter.setValue("en");
        missingTranslation.setLabel(getTranslation("editor.filter.missing"));
        search.addValueChangeListener(change -> refreshGrid());
        kindFilter.addValueChangeListener(change -> refreshGrid());
        supportFilter.addValueChangeListener(change -> refreshGrid());
        themeFilter.addValueChangeListener(change -> refreshGrid());
        languageFilter.addValueChangeListener(change -> refreshGrid());
        missingTranslation.addValueChangeListener(change -> refreshGrid());
        tagFilter(styleFilter, "style", CardTags.Style.values());
        tagFilter(behaviourFilter, "behaviour", CardTags.Behaviour.values());
        tagFilter(placeFilter, "place", CardTags.Place.values());
        Div filters = new Div(search, kindFilter, supportFilter, themeFilter, styleFilter, behaviourFilter, placeFilter,
                languageFilter, missingTranslation);
        filters.addClassName("bk-editor-filters");
        return filters;
    }

    private <T extends CardTags.Tag> void tagFilter(Select<T> filter, String dimension, T[] values) {
        filter.setLabel(getTranslation("tag.dimension." + dimension));
        filter.setItems(values);
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("editor.filter.all"));
        filter.setItemLabelGenerator(value -> value == null ? getTranslation("editor.filter.all") : getTranslation(value.labelKey()));
        filter.addValueChangeListener(change -> refreshGrid());
    }

    private Div workArea() {
        grid.addColumn(Card::id).setHeader(getTranslation("editor.field.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> getTranslation("card.kind." + card.kind().fileValue())).setHeader(getTranslation("editor.field.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> getTranslation("support." + card.support().fileValue())).setHeader(getTranslation("editor.field.support")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> card.textIn(Card.DEFAULT_LANGUAGE)).setHeader(getTranslation("editor.column.text")).setFlexGrow(1);
        grid.addColumn(card -> String.join(" · ", card.tags().named().stream().map(tag -> getTranslation(tag.labelKey())).toList()))
                .setHeader(getTranslation("editor.column.tags")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(card -> String.join(", ", card.text().keySet().stream().sorted().toList())).setHeader(getTranslation("editor.column.languages")).setAutoWidth(true).setFlexGrow(0);
        grid.addClassName("bk-editor-grid");
        grid.setAllRowsVisible(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                openEditor(change.getValue());
            }
        });
        Button newCard = new Button(getTranslation("editor.new-card"), click -> openEditor(null));
        newCard.addThemeVariants(ButtonVariant.PRIMARY);
        Div list = new Div(grid, newCard);
        list.addClassName("bk-editor-list");

        Button save = new Button(getTranslation("editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        delete.setText(getTranslation("editor.delete"));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        Button cancel = new Button(getTranslation("common.cancel"), click -> closeEditor());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        Div actions = new Div(save, cancel, delete);
        actions.addClassName("bk-editor-actions");
        saveProblems.addClassName("bk-editor-save-problems");

        previewLanguage.setLabel(getTranslation("editor.preview.language"));
        previewLanguage.setItems(CardLanguages.ALL);
        previewLanguage.setItemLabelGenerator(language -> CardLanguages.name(this, language));
        previewLanguage.setValue("nl");
        previewLanguage.addValueChangeListener(change -> updatePreview());
        Div projectorFrame = new Div(projectorPreview);
        projectorFrame.addClassName("bk-preview-projector");
        Div phoneFrame = new Div(phonePreview);
        phoneFrame.addClassName("bk-preview-phone");
        Div projectorColumn = new Div(new Paragraph(getTranslation("editor.preview.projector")), projectorFrame);
        Div phoneColumn = new Div(new Paragraph(getTranslation("editor.preview.phone")), phoneFrame);
        Div frames = new Div(projectorColumn, phoneColumn);
        frames.addClassName("bk-editor-frames");
        Div previews = new Div(new H3(getTranslation("editor.preview.title")), previewLanguage, frames);
        previews.addClassName("bk-editor-previews");

        editPanel.addClassName("bk-editor-panel");
        editPanel.add(editTitle, previews, form, saveProblems, actions);
        editPanel.setVisible(false);

        Div work = new Div(list, editPanel);
        work.addClassName("bk-editor-work");
        return work;
    }

    private void refreshDecks() {
        String chosen = Optional.ofNullable(deck.getValue()).map(Deck::id).orElse(null);
        List<Deck> decks = catalog.decks();
        reloading = true;
        try {
            deck.setItems(decks);
            decks.stream().filter(item -> item.id().equals(chosen)).findFirst()
                    .or(() -> decks.stream().findFirst())
                    .ifPresent(deck::setValue);
        } finally {
            reloading = false;
        }
        problems.removeAll();
        problems.setVisible(!catalog.problems().isEmpty());
        if (!catalog.problems().isEmpty()) {
            problems.add(new Paragraph(getTranslation("editor.deck-problems")));
            problems.add(DeckProblemList.of(this, catalog.problems()));
        }
        refreshFilters();
        refreshGrid();
        refreshDeckNotes();
    }

    /** What the editor should know about the chosen deck: languages still to be checked, and the checker's warnings. */
    private void refreshDeckNotes() {
        List<String> toReview = current().map(Deck::languagesToReview).orElse(List.of());
        review.setText(toReview.isEmpty() ? "" : getTranslation("editor.review.needed",
                String.join(", ", toReview.stream().map(language -> CardLanguages.name(this, language)).toList())));
        review.setVisible(!toReview.isEmpty());
        deckWarnings.removeAll();
        List<DeckProblem> warnings = current().map(item -> catalog.warningsOf(item.id())).orElse(List.of());
        deckWarnings.setVisible(!warnings.isEmpty());
        if (!warnings.isEmpty()) {
            deckWarnings.add(new Paragraph(getTranslation("editor.warnings.deck", warnings.size())), DeckProblemList.of(this, warnings));
        }
    }

    private void refreshFilters() {
        List<String> themes = current().map(Deck::themes).orElse(List.of());
        String chosenTheme = themeFilter.getValue();
        themeFilter.setItems(themes);
        themeFilter.setItemLabelGenerator(theme -> theme == null ? getTranslation("editor.filter.all") : theme);
        if (chosenTheme != null && themes.contains(chosenTheme)) {
            themeFilter.setValue(chosenTheme);
        }
        form.themes(themes);
    }

    private void refreshGrid() {
        String query = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<Card> cards = current().map(Deck::cards).orElse(List.of()).stream()
                .filter(card -> query.isEmpty() || card.id().contains(query)
                        || card.text().values().stream().anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(query)))
                .filter(card -> kindFilter.getValue() == null || card.kind() == kindFilter.getValue())
                .filter(card -> supportFilter.getValue() == null || card.support() == supportFilter.getValue())
                .filter(card -> themeFilter.getValue() == null || card.theme().equals(themeFilter.getValue()))
                .filter(card -> styleFilter.getValue() == null || card.tags().style() == styleFilter.getValue())
                .filter(card -> behaviourFilter.getValue() == null || card.tags().behaviour() == behaviourFilter.getValue())
                .filter(card -> placeFilter.getValue() == null || card.tags().place() == placeFilter.getValue())
                .filter(card -> !missingTranslation.getValue() || !card.text().containsKey(languageFilter.getValue()))
                .sorted(Comparator.comparing(Card::id))
                .toList();
        grid.setItems(cards);
    }

    private Optional<Deck> current() {
        return Optional.ofNullable(deck.getValue());
    }

    private void openEditor(Card card) {
        if (current().isEmpty()) {
            return;
        }
        editingId = card == null ? null : card.id();
        editTitle.setText(card == null ? getTranslation("editor.new-card") : getTranslation("editor.edit-card", card.id()));
        saveProblems.removeAll();
        form.show(card);
        delete.setVisible(card != null);
        editPanel.setVisible(true);
        updatePreview();
    }

    private void closeEditor() {
        editPanel.setVisible(false);
        editingId = null;
        grid.asSingleSelect().clear();
    }

    private void updatePreview() {
        if (form.chosenKind() == null || form.chosenSupport() == null) {
            return;
        }
        String language = previewLanguage.getValue();
        Optional<String> text = form.previewText(language);
        String shown = text.or(() -> form.previewText(Card.DEFAULT_LANGUAGE)).orElse(getTranslation("editor.preview.empty"));
        projectorPreview.show(form.chosenKind(), form.chosenSupport(), shown, text.isPresent());
        phonePreview.show(form.chosenKind(), form.chosenSupport(), shown, text.isPresent());
        Optional<java.nio.file.Path> picture = previewImage();
        projectorPreview.showImage(picture);
        phonePreview.showImage(picture);
        form.validate();
    }

    /** The picture named in the form, if it is a file inside the deck's folder. */
    private Optional<java.nio.file.Path> previewImage() {
        String name = form.imageName();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return current().flatMap(item -> catalog.folderOf(item.id()))
                .map(folder -> folder.toAbsolutePath().normalize())
                .flatMap(folder -> Optional.of(folder.resolve(name).normalize())
                        .filter(path -> path.startsWith(folder) && java.nio.file.Files.isRegularFile(path)));
    }

    private void save() {
        saveProblems.removeAll();
        if (!form.validate() || current().isEmpty()) {
            Messages.refused(this, new UserFacingException("editor.error.invalid"));
            return;
        }
        try {
            Card card = form.card(current().get().id());
            Deck saved = editor.saveCard(current().get().id(), editingId, card);
            Messages.done(this, "editor.saved", card.id());
            deck.setValue(saved);
            refreshGrid();
            editingId = card.id();
            editTitle.setText(getTranslation("editor.edit-card", card.id()));
            delete.setVisible(true);
        } catch (InvalidDeckException invalid) {
            saveProblems.add(DeckProblemList.of(this, invalid.problems()));
            Messages.refused(this, invalid);
        } catch (UserFacingException refusal) {
            Messages.refused(this, refusal);
        }
    }

    private void confirmDelete() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("editor.delete.title", editingId));
        dialog.setText(getTranslation("editor.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("editor.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            if (Messages.attempt(this, () -> deck.setValue(editor.deleteCard(current().orElseThrow().id(), editingId)))) {
                closeEditor();
                refreshGrid();
            }
        });
        dialog.open();
    }

    private void openDetailsDialog() {
        Deck chosen = current().orElse(null);
        if (chosen == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("editor.details.title", chosen.id()));
        java.util.Map<String, TextField> titles = new java.util.LinkedHashMap<>();
        java.util.Map<String, com.vaadin.flow.component.textfield.TextArea> descriptions = new java.util.LinkedHashMap<>();
        Div fields = new Div();
        fields.addClassName("bk-details-form");
        for (String language : CardLanguages.ALL) {
            TextField title = new TextField(getTranslation("editor.details.deck-title", CardLanguages.name(this, language)));
            title.setValue(chosen.title().getOrDefault(language, ""));
            title.setWidthFull();
            titles.put(language, title);
            com.vaadin.flow.component.textfield.TextArea description = new com.vaadin.flow.component.textfield.TextArea(
                    getTranslation("editor.details.description", CardLanguages.name(this, language)));
            description.setValue(chosen.description().getOrDefault(language, ""));
            description.setWidthFull();
            descriptions.put(language, description);
            fields.add(title, description);
        }
        TextField credits = new TextField(getTranslation("editor.details.credits"));
        credits.setValue(chosen.credits());
        credits.setWidthFull();
        com.vaadin.flow.component.textfield.IntegerField version = new com.vaadin.flow.component.textfield.IntegerField(
                getTranslation("editor.details.version"));
        version.setValue(chosen.version());
        version.setMin(1);
        version.setStepButtonsVisible(true);
        fields.add(credits, version);
        java.util.Map<String, Select<TranslationReview>> reviews = new java.util.LinkedHashMap<>();
        for (String language : CardLanguages.TRANSLATIONS) {
            Select<TranslationReview> mark = new Select<>();
            mark.setLabel(getTranslation("editor.details.review", CardLanguages.name(this, language)));
            mark.setItems(TranslationReview.values());
            mark.setEmptySelectionAllowed(true);
            mark.setEmptySelectionCaption(getTranslation("editor.details.review-unset"));
            mark.setItemLabelGenerator(value -> value == null ? getTranslation("editor.details.review-unset")
                    : getTranslation("editor.details.review-" + value.fileValue()));
            mark.setValue(chosen.review().get(language));
            mark.addClassName("bk-details-review");
            reviews.put(language, mark);
            fields.add(mark);
        }
        Button save = new Button(getTranslation("editor.save"), click -> {
            java.util.Map<String, String> title = new java.util.LinkedHashMap<>();
            java.util.Map<String, String> description = new java.util.LinkedHashMap<>();
            titles.forEach((language, field) -> title.put(language, field.getValue()));
            descriptions.forEach((language, field) -> description.put(language, field.getValue()));
            try {
                java.util.Map<String, TranslationReview> marks = new java.util.LinkedHashMap<>();
                reviews.forEach((language, field) -> {
                    if (field.getValue() != null) {
                        marks.put(language, field.getValue());
                    }
                });
                Deck saved = editor.saveDetails(chosen.id(), title, description, credits.getValue(),
                        version.getValue() == null ? 0 : version.getValue(), marks);
                dialog.close();
                refreshDecks();
                deck.setValue(saved);
                Messages.done(this, "editor.details.saved");
            } catch (InvalidDeckException invalid) {
                fields.add(DeckProblemList.of(this, invalid.problems()));
            } catch (UserFacingException refusal) {
                Messages.refused(this, refusal);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> dialog.close());
        dialog.add(fields);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(640px, 95vw)");
        dialog.open();
    }

    private void openNewDeckDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("editor.new-deck"));
        TextField id = new TextField(getTranslation("editor.field.deck-id"));
        id.setHelperText(getTranslation("editor.field.id-helper"));
        TextField title = new TextField(getTranslation("editor.field.deck-title"));
        Button create = new Button(getTranslation("editor.create"), click -> {
            try {
                Deck created = editor.createDeck(id.getValue(), title.getValue());
                dialog.close();
                refreshDecks();
                catalog.deck(created.id()).ifPresent(deck::setValue);
                openEditor(null);
            } catch (UserFacingException refusal) {
                TextField field = refusal.messageKey().contains("title") ? title : id;
                field.setErrorMessage(Messages.text(this, refusal));
                field.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> dialog.close());
        dialog.add(new Div(id, title));
        dialog.getFooter().add(cancel, create);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title") + " · " + getTranslation("app.name");
    }
}
