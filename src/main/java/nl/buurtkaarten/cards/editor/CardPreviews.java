package nl.buurtkaarten.cards.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.cards.ui.CardDisplay;

/** The card being written as the projector and a phone would show it, in a language the editor picks. */
class CardPreviews extends Div {

    private final Select<String> language = new Select<>();
    private final CardDisplay projector = new CardDisplay(CardDisplay.Size.PROJECTOR);
    private final CardDisplay phone = new CardDisplay(CardDisplay.Size.PHONE);

    CardPreviews(Runnable onLanguageChange) {
        language.setLabel(getTranslation("editor.preview.language"));
        language.setItems(CardLanguages.ALL);
        language.setItemLabelGenerator(item -> CardLanguages.name(this, item));
        language.setValue("nl");
        language.addValueChangeListener(change -> onLanguageChange.run());
        Div projectorFrame = new Div(projector);
        projectorFrame.addClassName("bk-preview-projector");
        Div phoneFrame = new Div(phone);
        phoneFrame.addClassName("bk-preview-phone");
        Div projectorColumn = new Div(new Paragraph(getTranslation("editor.preview.projector")), projectorFrame);
        Div phoneColumn = new Div(new Paragraph(getTranslation("editor.preview.phone")), phoneFrame);
        Div frames = new Div(projectorColumn, phoneColumn);
        frames.addClassName("bk-editor-frames");
        add(new H3(getTranslation("editor.preview.title")), language, frames);
        addClassName("bk-editor-previews");
    }

    /** Shows the card in the chosen language, or in Dutch (marked as such) while that language has no text yet. */
    void show(CardKind kind, SupportKind support, Function<String, Optional<String>> textIn, Optional<Path> picture) {
        Optional<String> text = textIn.apply(language.getValue());
        String shown =
                text.or(() -> textIn.apply(Card.DEFAULT_LANGUAGE)).orElse(getTranslation("editor.preview.empty"));
        projector.show(kind, support, shown, text.isPresent());
        phone.show(kind, support, shown, text.isPresent());
        projector.showImage(picture);
        phone.showImage(picture);
    }
}
