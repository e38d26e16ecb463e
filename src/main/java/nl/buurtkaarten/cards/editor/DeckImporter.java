package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckArchive;
import nl.buurtkaarten.cards.DeckProblem;
import nl.buurtkaarten.cards.InvalidDeckException;

/** Importing a deck from a zip: checked completely before anything is written. */
class DeckImporter extends Div {

    /**
     * {@code onUpload} runs when a zip arrives, before it is read; then {@code onImported} gets the
     * deck as written, or {@code onProblems} what is wrong with the zip's deck.
     */
    DeckImporter(
            DeckArchive archive, Runnable onUpload, Consumer<Deck> onImported, Consumer<List<DeckProblem>> onProblems) {
        Checkbox replace = new Checkbox(getTranslation("editor.import.replace"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            onUpload.run();
            try {
                Deck imported = archive.importZip(new ByteArrayInputStream(bytes), replace.getValue());
                onImported.accept(imported);
                Messages.done(
                        this,
                        "editor.import.done",
                        imported.titleIn(getLocale().getLanguage()),
                        imported.cards().size());
            } catch (InvalidDeckException invalid) {
                onProblems.accept(invalid.problems());
                Messages.refused(this, invalid);
            } catch (UserFacingException refusal) {
                Messages.refused(this, refusal);
            }
        }))));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize((int) DeckArchive.MAX_TOTAL_BYTES + 1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("editor.import")));
        upload.setDropLabel(new Span(getTranslation("editor.import.drop")));
        upload.addFileRejectedListener(
                rejected -> Messages.refused(this, new UserFacingException("editor.import.rejected")));
        upload.addClassName("bk-editor-import");
        add(upload, replace);
        addClassName("bk-editor-importer");
    }
}
