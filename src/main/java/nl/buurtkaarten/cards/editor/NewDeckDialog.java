package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckEditor;

/** Starts a new, empty deck from an id and a Dutch title; a refusal shows on the field it is about. */
class NewDeckDialog extends Dialog {

    NewDeckDialog(DeckEditor editor, Consumer<Deck> onCreated) {
        setHeaderTitle(getTranslation("editor.new-deck"));
        TextField id = new TextField(getTranslation("editor.field.deck-id"));
        id.setHelperText(getTranslation("editor.field.id-helper"));
        TextField title = new TextField(getTranslation("editor.field.deck-title"));
        Button create = new Button(getTranslation("editor.create"), click -> {
            try {
                Deck created = editor.createDeck(id.getValue(), title.getValue());
                close();
                onCreated.accept(created);
            } catch (UserFacingException refusal) {
                TextField field = refusal.messageKey().contains("title") ? title : id;
                field.setErrorMessage(Messages.text(this, refusal));
                field.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        add(new Div(id, title));
        getFooter().add(cancel, create);
    }
}
