package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks whether a card really is to be deleted from its deck's file. */
class DeleteCardDialog extends ConfirmDialog {

    DeleteCardDialog(String cardId, Runnable onConfirm) {
        setHeader(getTranslation("editor.delete.title", cardId));
        setText(getTranslation("editor.delete.text"));
        setCancelable(true);
        setCancelText(getTranslation("common.cancel"));
        setConfirmText(getTranslation("editor.delete"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(event -> onConfirm.run());
    }
}
