package nl.buurtkaarten.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.cards.Deck;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.meeting.MeetingStatus;
import nl.buurtkaarten.projector.ui.ProjectorView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingsViewTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    String owner;

    @BeforeEach
    void signIn() {
        owner = "facilitator-" + UUID.randomUUID();
        signInAs(owner);
        navigate("");
    }

    @Test
    void theShippedDeckCanBeChosen() {
        assertThat(CheckboxGroupKt.getItemLabels(decks()))
                .contains("Samen opvoeden in de buurt (24 kaarten)", "Kennismaken (24 kaarten)");
        assertThat(listTexts()).containsExactly("Je hebt nog geen bijeenkomsten.");
        // Only the facilitator reads which translations no native speaker has checked yet.
        assertThat(decks().getHelperText())
                .isEqualTo("De vertalingen in het Arabisch, Engels, Pools, Turks zijn nog niet nagekeken"
                        + " door iemand met die taal als moedertaal (alle kaartensets).");
    }

    @Test
    void aMeetingNeedsATitle() {
        _setValue(title(), "   ");
        selectShippedDeck();
        _click(openButton());
        assertThat(title().isInvalid()).isTrue();
        assertThat(title().getErrorMessage()).isEqualTo("Geef de bijeenkomst een titel.");
        assertThat(currentView()).isInstanceOf(MeetingsView.class);
        assertThat(meetings.meetingsOf(owner)).isEmpty();
    }

    @Test
    void aMeetingNeedsADeck() {
        _setValue(title(), "Ouderavond");
        _setValue(decks(), Set.of());
        _click(openButton());
        assertThat(decks().isInvalid()).isTrue();
        assertThat(decks().getErrorMessage()).isEqualTo("Kies minstens één kaartenset.");
        assertThat(title().isInvalid()).isFalse();
        assertThat(meetings.meetingsOf(owner)).isEmpty();
    }

    @Test
    void openingAMeetingShowsItOnTheProjectorAndListsItAfterwards() {
        _setValue(title(), "Ouderavond De Linde");
        selectShippedDeck();
        _click(openButton());

        assertThat(currentView()).isInstanceOf(ProjectorView.class);
        Meeting opened = meetings.meetingsOf(owner).getFirst();
        assertThat(opened.title()).isEqualTo("Ouderavond De Linde");
        assertThat(opened.deckIds()).containsExactly("buurt-starter");
        assertThat(opened.language()).isEqualTo("nl");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("meeting/" + opened.id() + "/projector");

        navigate("");
        ListItem item = _get(ListItem.class, spec -> spec.withClasses("bk-meeting-item"));
        assertThat(_get(item, Span.class, spec -> spec.withClasses("bk-meeting-title"))
                        .getText())
                .isEqualTo("Ouderavond De Linde");
        String details = _get(item, Span.class, spec -> spec.withClasses("bk-meeting-details"))
                .getText();
        assertThat(details).startsWith("Code " + opened.displayCode() + " · ").endsWith(" · open");
        assertThat(opened.displayCode()).matches("[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}");
    }

    @Test
    void aMeetingIsClosedAndReopenedFromTheList() {
        Meeting meeting = meetings.open(owner, "Koffieochtend", List.of("buurt-starter"), "nl");
        navigate("join");
        navigate("");

        _click(_get(Button.class, spec -> spec.withText("Sluiten")));
        assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(_get(Span.class, spec -> spec.withClasses("bk-meeting-details"))
                        .getText())
                .endsWith(" · gesloten");

        _click(_get(Button.class, spec -> spec.withText("Weer openen")));
        assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.OPEN);
        assertThat(_get(Span.class, spec -> spec.withClasses("bk-meeting-details"))
                        .getText())
                .endsWith(" · open");
        assertThat(_find(Button.class, spec -> spec.withText("Sluiten"))).hasSize(1);
    }

    @Test
    void aFacilitatorSeesOnlyTheirOwnMeetings() {
        meetings.open(owner, "Mijn avond", List.of("buurt-starter"), "nl");
        String other = "other-" + UUID.randomUUID();
        meetings.open(other, "Andermans avond", List.of("buurt-starter"), "nl");

        navigate("join");
        navigate("");
        assertThat(meetingTitles()).containsExactly("Mijn avond");

        signInAs(other);
        navigate("join");
        navigate("");
        assertThat(meetingTitles()).containsExactly("Andermans avond");
    }

    @Test
    void newerMeetingsComeFirst() {
        meetings.open(owner, "Eerste", List.of("buurt-starter"), "nl");
        meetings.open(owner, "Tweede", List.of("buurt-starter"), "nl");
        navigate("join");
        navigate("");
        assertThat(meetingTitles()).containsExactly("Tweede", "Eerste");
    }

    private void selectShippedDeck() {
        CheckboxGroupKt.selectByLabel(decks(), "Samen opvoeden in de buurt (24 kaarten)");
        assertThat(decks().getValue()).extracting(Deck::id).containsExactly("buurt-starter");
    }

    private static TextField title() {
        return _get(TextField.class, spec -> spec.withLabel("Titel"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Deck> decks() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Kaartensets"));
    }

    private static Button openButton() {
        return _get(Button.class, spec -> spec.withText("Bijeenkomst openen"));
    }

    private static List<String> meetingTitles() {
        return _find(Span.class, spec -> spec.withClasses("bk-meeting-title")).stream()
                .map(Span::getText)
                .toList();
    }

    private static List<String> listTexts() {
        return _find(ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }

    private static HasElement currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}
