package nl.buurtkaarten.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.FacilitatorHeader;
import nl.buurtkaarten.base.ui.LengthLimit;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.cards.ui.DeckProblemList;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.security.Roles;
import org.springframework.beans.factory.ObjectProvider;

/** The facilitator's start page: open a new meeting, and see earlier ones. */
@Route("")
@RolesAllowed(Roles.FACILITATOR)
public class MeetingsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final DeckCatalog catalog;
    private final String owner;
    private final AuthenticationContext authentication;
    private final ObjectProvider<MeetingListAction> actions;
    private final TextField title = new TextField();
    private final CheckboxGroup<Deck> decks = new CheckboxGroup<>();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final Div deckProblems = new Div();

    public MeetingsView(
            MeetingService meetings,
            DeckCatalog catalog,
            AuthenticationContext authentication,
            ObjectProvider<MeetingListAction> actions,
            Screens screens) {
        this.actions = actions;
        this.meetings = meetings;
        this.catalog = catalog;
        this.owner = authentication.getPrincipalName().orElseThrow();
        this.authentication = authentication;
        addClassName("bk-page");
        // Decks added or changed in the cards folder show up here without reloading the page,
        // through the same pool of threads as the live pictures.
        screens.whileAttached(this, catalog::onReload, ui -> refreshDecks());
    }

    private void refreshDecks() {
        Set<String> chosen = decks.getValue().stream().map(Deck::id).collect(Collectors.toSet());
        List<Deck> available = usableDecks();
        decks.setItems(available);
        decks.setHelperText(reviewNote(available));
        decks.setValue(
                available.stream().filter(deck -> chosen.contains(deck.id())).collect(Collectors.toSet()));
        showDeckProblems();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locales.apply(event.getUI(), Locales.ofBrowser());
        removeAll();
        Div content = new Div();
        content.addClassName("bk-page-content");
        content.add(
                new H1(getTranslation("meetings.title")), newMeetingForm(), new MeetingList(meetings, owner, actions));
        add(new FacilitatorHeader(authentication), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " · " + getTranslation("app.name");
    }

    /**
     * For the facilitator, never for parents: which translations no native speaker has read yet, in
     * one line under the decks (per deck when they differ), so that nobody projects an unchecked text unawares.
     */
    private String reviewNote(List<Deck> available) {
        Map<List<String>, List<String>> decksByLanguages = new LinkedHashMap<>();
        for (Deck deck : available) {
            if (!deck.languagesToReview().isEmpty()) {
                decksByLanguages
                        .computeIfAbsent(deck.languagesToReview(), languages -> new ArrayList<>())
                        .add(deck.titleIn(getLocale().getLanguage()));
            }
        }
        if (decksByLanguages.isEmpty()) {
            return "";
        }
        Function<List<String>, String> names = languages -> String.join(
                ", ",
                languages.stream()
                        .map(language -> getTranslation("language." + language))
                        .toList());
        if (decksByLanguages.size() == 1
                && decksByLanguages.values().iterator().next().size() == available.size()) {
            return getTranslation(
                    "meetings.new.deck-review-all",
                    names.apply(decksByLanguages.keySet().iterator().next()));
        }
        return getTranslation(
                "meetings.new.deck-review",
                String.join(
                        "; ",
                        decksByLanguages.entrySet().stream()
                                .map(entry -> String.join(", ", entry.getValue()) + ": " + names.apply(entry.getKey()))
                                .toList()));
    }

    private Component newMeetingForm() {
        Section section = new Section();
        section.addClassNames("bk-panel", "bk-new-meeting");
        section.add(new H2(getTranslation("meetings.new.heading")));

        title.setLabel(getTranslation("meetings.new.title"));
        title.setPlaceholder(getTranslation("meetings.new.title-placeholder"));
        LengthLimit.apply(title, MeetingService.MAX_TITLE, "meeting.error.title-too-long");
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);

        decks.setLabel(getTranslation("meetings.new.decks"));
        decks.setItemLabelGenerator(deck -> getTranslation(
                "meetings.new.deck-label",
                deck.titleIn(getLocale().getLanguage()),
                deck.cards().size()));
        List<Deck> usable = usableDecks();
        decks.setItems(usable);
        decks.setHelperText(reviewNote(usable));
        // No required marker: vaadin-checkbox-group puts aria-required on a role="group", which
        // screen readers do not support (axe: aria-allowed-attr). Opening without a deck says why.
        if (usable.size() == 1) {
            decks.setValue(Set.copyOf(usable));
        }

        language.setLabel(getTranslation("meetings.new.language"));
        language.setItems(MeetingService.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        language.setValue("nl");

        deckProblems.addClassName("bk-deck-problems");
        showDeckProblems();

        Button open = new Button(getTranslation("meetings.new.open"), click -> open());
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClassName("bk-open-meeting");
        section.add(title, decks, language, deckProblems, open);
        return section;
    }

    /** Decks with at least one card: a deck just created in the editor is not offered yet. */
    private List<Deck> usableDecks() {
        return catalog.decks().stream().filter(deck -> !deck.cards().isEmpty()).toList();
    }

    private void showDeckProblems() {
        deckProblems.removeAll();
        if (catalog.problems().isEmpty()) {
            deckProblems.setVisible(false);
            return;
        }
        deckProblems.setVisible(true);
        deckProblems.add(new Paragraph(getTranslation("meetings.deck-problems")));
        deckProblems.add(DeckProblemList.of(this, catalog.problems()));
    }

    private void open() {
        title.setInvalid(false);
        decks.setInvalid(false);
        try {
            Meeting meeting = meetings.open(
                    owner,
                    title.getValue(),
                    decks.getValue().stream().map(Deck::id).toList(),
                    language.getValue());
            getUI().ifPresent(ui -> ui.navigate("meeting/" + meeting.id() + "/projector"));
        } catch (UserFacingException refusal) {
            String message = Messages.text(this, refusal);
            if (refusal.messageKey().startsWith("meeting.error.title")) {
                title.setErrorMessage(message);
                title.setInvalid(true);
            } else if (refusal.messageKey().contains("deck")) {
                decks.setErrorMessage(message);
                decks.setInvalid(true);
            } else {
                Messages.refused(this, refusal);
            }
        }
    }
}
