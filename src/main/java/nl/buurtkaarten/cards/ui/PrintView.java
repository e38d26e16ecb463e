package nl.buurtkaarten.cards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkaarten.base.ui.FacilitatorHeader;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.print.DeckPrinter;
import nl.buurtkaarten.security.Roles;

/** Paper too: a deck, or some of its cards, as an A4 PDF of cut-out cards in a chosen language. */
@Route(value = "print", autoLayout = false)
@RolesAllowed({Roles.FACILITATOR, Roles.EDITOR})
public class PrintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DeckCatalog catalog;
    private final AuthenticationContext authentication;
    private final DeckPrinter printer = new DeckPrinter();
    private final Select<Deck> deck = new Select<>();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final CheckboxGroup<Card> cards = new CheckboxGroup<>();

    public PrintView(DeckCatalog catalog, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.authentication = authentication;
        addClassName("bk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), Locales.ofBrowser());
        removeAll();
        deck.setLabel(getTranslation("print.deck"));
        deck.setItems(
                catalog.decks().stream().filter(item -> !item.cards().isEmpty()).toList());
        deck.setItemLabelGenerator(item -> getTranslation(
                "meetings.new.deck-label",
                item.titleIn(getLocale().getLanguage()),
                item.cards().size()));
        deck.addValueChangeListener(change -> showCards());
        language.setLabel(getTranslation("print.language"));
        language.setItems(Locales.PARENT.stream().map(Locale::getLanguage).toList());
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        language.setValue("nl");
        language.addValueChangeListener(change -> showCards());
        cards.setLabel(getTranslation("print.cards"));
        cards.addClassName("bk-print-cards");
        Button all = new Button(getTranslation("print.all"), click -> cards.setValue(Set.copyOf(currentCards())));
        Button none = new Button(getTranslation("print.none"), click -> cards.clear());
        all.addThemeVariants(ButtonVariant.TERTIARY);
        none.addThemeVariants(ButtonVariant.TERTIARY);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(request -> {
                    byte[] pdf = pdf();
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf), fileName(), "application/pdf", pdf.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("print.download"));
        download.addClassNames("bk-download", "bk-big-link");
        Div content = new Div(
                new H1(getTranslation("print.title")),
                new Paragraph(getTranslation("print.intro")),
                deck,
                language,
                new Div(all, none),
                cards,
                download);
        content.addClassNames("bk-page-content", "bk-print");
        add(new FacilitatorHeader(authentication), content);
        catalog.decks().stream()
                .filter(item -> !item.cards().isEmpty())
                .findFirst()
                .ifPresent(deck::setValue);
    }

    private void showCards() {
        List<Card> available = currentCards();
        String lang = language.getValue();
        cards.setItems(available);
        cards.setItemLabelGenerator(card -> card.id() + " · " + card.textIn(lang));
        cards.setValue(new HashSet<>(available));
    }

    private List<Card> currentCards() {
        return deck.getValue() == null ? List.of() : deck.getValue().cards();
    }

    private byte[] pdf() {
        Deck chosen = deck.getValue();
        List<String> ids = currentCards().stream()
                .filter(cards.getValue()::contains)
                .map(Card::id)
                .toList();
        if (chosen == null || ids.isEmpty()) {
            ids = currentCards().stream().map(Card::id).toList();
        }
        return printer.print(chosen, ids, Locale.forLanguageTag(language.getValue()));
    }

    private String fileName() {
        return (deck.getValue() == null ? "kaarten" : deck.getValue().id()) + "-" + language.getValue() + ".pdf";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("print.title") + " · " + getTranslation("app.name");
    }
}
