package nl.buurtkaarten.cards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import nl.buurtkaarten.base.ui.ChangingText;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.ImageTypes;
import nl.buurtkaarten.cards.SupportKind;
import org.springframework.modulith.NamedInterface;

/**
 * A drawn card as people see it: its kind, its kind of support and its text. The same component
 * serves the projector, the control view and the phones, each with its own size, and the editor's
 * preview. It knows only cards: {@code meeting.ui.CurrentCard} puts a meeting's current card on it.
 */
@NamedInterface("ui")
public class CardDisplay extends Div {

    public enum Size {
        PROJECTOR,
        CONTROL,
        PHONE
    }

    // Texts, the icon and the note are changed in place from card to card: a draw sends every
    // screen only what differs (a text node's text, an icon's name), never elements built anew.
    private final ChangingText kindText = new ChangingText();
    private final Span kind = new Span(kindText);
    private final SvgIcon supportIcon = new SvgIcon();
    private final ChangingText supportText = new ChangingText();
    private final Span support = new Span();
    private final ChangingText cardText = new ChangingText();
    private final Paragraph text = new Paragraph(cardText);
    private final Paragraph languageNote = new Paragraph();
    private final Image image = new Image();

    public CardDisplay(Size size) {
        addClassNames("bk-card", "bk-card--" + size.name().toLowerCase(Locale.ROOT));
        kind.addClassName("bk-card-kind");
        support.addClassName("bk-card-support");
        supportIcon.addClassNames(PhoneIcon.CLASS_NAME, "bk-support-icon");
        supportIcon.getElement().setAttribute("aria-hidden", "true");
        support.add(supportIcon, new Span(supportText));
        text.addClassName("bk-card-text");
        languageNote.addClassName("bk-card-language-note");
        Div top = new Div(kind, support);
        top.addClassName("bk-card-top");
        image.addClassName("bk-card-image");
        image.setVisible(false);
        add(top, image, text, languageNote);
        showWaiting();
    }

    /** Before the first card: a friendly word instead of an empty frame. */
    public void showWaiting() {
        getElement().setAttribute("data-support", "none");
        kindText.change("");
        support.setVisible(false);
        cardText.change(getTranslation("card.waiting"));
        addClassName("bk-card--waiting");
        languageNote.setVisible(false);
        image.setVisible(false);
    }

    /** Shows a card of a deck in the given language, or in Dutch when it has no translation. */
    public void show(Card card, String language) {
        boolean translated = card.text().containsKey(language);
        getElement().setAttribute("data-card", card.deckId() + "/" + card.id());
        show(card.kind(), card.support(), card.textIn(language), translated);
        // Read aloud and laid out in the language the text is actually in.
        String shown = translated ? language : Card.DEFAULT_LANGUAGE;
        text.getElement().setAttribute("lang", shown);
        text.getElement().setAttribute("dir", "ar".equals(shown) ? "rtl" : "ltr");
    }

    /** Shows any card's content, also one still being written in the editor. */
    public void show(CardKind cardKind, SupportKind supportKind, String shownText, boolean inRequestedLanguage) {
        removeClassName("bk-card--waiting");
        getElement().setAttribute("data-support", supportKind.fileValue());
        kindText.change(kindLabel(cardKind));
        supportPicture(supportKind).showOn(supportIcon);
        supportText.change(getTranslation("support." + supportKind.fileValue()));
        support.setVisible(true);
        cardText.change(shownText);
        if (!inRequestedLanguage && languageNote.getText().isEmpty()) {
            languageNote.setText(getTranslation("card.no-translation"));
        }
        languageNote.setVisible(!inRequestedLanguage);
    }

    /** Shows the card's picture, read from the deck's folder; none when empty. */
    public void showImage(Optional<Path> file) {
        image.setVisible(file.isPresent());
        file.ifPresent(path -> {
            image.setSrc(DownloadHandler.fromInputStream(request -> {
                byte[] bytes = Files.readAllBytes(path);
                String type = ImageTypes.of(bytes).orElse("application/octet-stream");
                return new DownloadResponse(
                        new ByteArrayInputStream(bytes), path.getFileName().toString(), type, bytes.length);
            }));
            image.setAlt("");
        });
    }

    public String kindLabel(CardKind cardKind) {
        return getTranslation("card.kind." + cardKind.fileValue());
    }

    public static SvgIcon supportIcon(SupportKind kind) {
        SvgIcon icon = supportPicture(kind).create();
        icon.addClassName("bk-support-icon");
        return icon;
    }

    private static PhoneIcon supportPicture(SupportKind kind) {
        return switch (kind) {
            case EMOTIONAL -> PhoneIcon.HEART;
            case PRACTICAL -> PhoneIcon.TOOLS;
            case INFORMATIVE -> PhoneIcon.LIGHTBULB;
            case NORMATIVE -> PhoneIcon.USERS;
            case CONNECTION -> PhoneIcon.HANDSHAKE;
        };
    }
}
