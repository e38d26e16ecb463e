package nl.buurtkaarten.projector.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.meeting.MeetingStatus;
import nl.buurtkaarten.meeting.ui.MeetingsView;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;

class ControlViewTest extends KaribuTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    SupportService support;

    String owner;
    Meeting meeting;

    @BeforeEach
    void openMeeting() {
        owner = "control-" + UUID.randomUUID();
        signInAs(owner);
        meeting = meetings.open(owner, "Buurthuis Noord", List.of("buurt-starter"), "nl");
        navigate("meeting/" + meeting.id() + "/control");
    }

    @Test
    void beforeTheFirstCardTheWaitingTextAndCodeAreShown() {
        assertThat(cardText()).isEqualTo("Zo meteen komt de eerste kaart.");
        assertThat(summary()).isEqualTo("Code " + meeting.displayCode() + " · nog niemand · open");
        assertThat(progress()).isEqualTo("24 van 24 kaarten nog niet getrokken");
        assertThat(button("Vorige").isEnabled()).isFalse();
        assertThat(button("Overslaan").isEnabled()).isFalse();
        assertThat(answerTexts()).containsExactly("Nog geen antwoorden.");
    }

    @Test
    void nextShowsACardAndBackAndForwardShowTheSameCardsAgain() {
        clickAndWait("Volgende kaart", () -> progress().startsWith("23 "));
        String first = shownCard();
        assertThat(cardText()).isEqualTo(current().textIn("nl"));

        clickAndWait("Volgende kaart", () -> progress().startsWith("22 "));
        String second = shownCard();
        assertThat(second).isNotEqualTo(first);

        clickAndWait("Vorige", () -> shownCard().equals(first));
        assertThat(button("Vorige").isEnabled()).isFalse();

        clickAndWait("Volgende kaart", () -> shownCard().equals(second));
        assertThat(progress()).isEqualTo("22 van 24 kaarten nog niet getrokken");
    }

    @Test
    void aSkippedCardIsReplacedAndDoesNotComeBackWithBack() {
        clickAndWait("Volgende kaart", () -> progress().startsWith("23 "));
        String first = shownCard();
        clickAndWait("Volgende kaart", () -> progress().startsWith("22 "));
        String skipped = shownCard();

        clickAndWait("Overslaan", () -> !shownCard().equals(skipped));
        String replacement = shownCard();
        assertThat(replacement).isNotEqualTo(first);
        assertThat(progress()).isEqualTo("21 van 24 kaarten nog niet getrokken");

        clickAndWait("Vorige", () -> shownCard().equals(first));
        clickAndWait("Volgende kaart", () -> shownCard().equals(replacement));
    }

    @Test
    void everyAnswerIsListedAndCanBeHiddenAndShownAgain() {
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        Joined amina = participation.join(meeting.id(), "Amina");
        Joined joost = participation.join(meeting.id(), "Joost");
        Answer anonymous = participation.answer(amina.token(), card.id(), "Samen naar het zwembad", false);
        participation.answer(joost.token(), card.id(), "Oppassen op woensdag", true);
        awaitUi(() -> answerItems().size() == 2);

        assertThat(answerTexts()).containsExactly("Samen naar het zwembad", "Oppassen op woensdag");
        assertThat(_find(Span.class, spec -> spec.withClasses("bk-control-answer-who")))
                .extracting(Span::getText)
                .containsExactly("zonder naam", "van Joost");
        assertThat(_find(Button.class, spec -> spec.withClasses("bk-hide-answer")))
                .extracting(Button::getText)
                .containsExactly("Verbergen", "Verbergen");
        assertThat(summary()).isEqualTo("Code " + meeting.displayCode() + " · 2 ouders · open");

        _click(_get(answerItems().getFirst(), Button.class, spec -> spec.withText("Verbergen")));
        awaitUi(() ->
                !_find(Span.class, spec -> spec.withText("Niet op het scherm")).isEmpty());
        ListItem hidden = answerItems().getFirst();
        assertThat(_get(hidden, Span.class, spec -> spec.withClasses("bk-control-answer-hidden-note"))
                        .getText())
                .isEqualTo("Niet op het scherm");
        assertThat(hidden.hasClassName("bk-control-answer--hidden")).isTrue();
        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::id)
                .doesNotContain(anonymous.id());
        assertThat(participation.visibleAnswers(card.id())).hasSize(1);

        _click(_get(hidden, Button.class, spec -> spec.withText("Weer tonen")));
        awaitUi(() ->
                _find(Span.class, spec -> spec.withText("Niet op het scherm")).isEmpty());
        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::id)
                .contains(anonymous.id());
    }

    @Test
    void aParentWhoDeletesTheirDataLeavesTheOpenSummaryAtOnce() {
        Joined amina = participation.join(meeting.id(), "Amina");
        Joined joost = participation.join(meeting.id(), "Joost");
        support.add(
                meeting.id(),
                amina.token(),
                new SupportDraft(Direction.OFFER, null, Topic.BABYSITTING, null, Set.of(), null, null));
        support.add(
                meeting.id(),
                joost.token(),
                new SupportDraft(Direction.REQUEST, null, Topic.BABYSITTING, null, Set.of(), null, null));
        awaitUi(() -> true);
        _get(Details.class, spec -> spec.withClasses("bk-control-summary-section"))
                .setOpened(true);
        awaitUi(() -> summaryText().contains("Amina") && summaryText().contains("Joost"));
        for (String language : List.of("nl", "en", "ar", "tr", "pl")) {
            assertThat(_find(Anchor.class, spec -> spec.withClasses("bk-summary-pdf-" + language)))
                    .as("summary PDF in %s", language)
                    .hasSize(1);
        }

        participation.forget(meeting.id(), joost.token());

        awaitUi(() -> !summaryText().contains("Joost"));
        assertThat(summaryText()).doesNotContain("Joost");
        String picture = _get(Image.class, spec -> spec.withClasses("bk-summary-picture"))
                .getSrc();
        String svg = new String(
                Base64.getDecoder().decode(picture.substring(picture.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(svg).contains("Amina").doesNotContain("Joost");
    }

    private static String summaryText() {
        return _get(Details.class, spec -> spec.withClasses("bk-control-summary-section"))
                .getElement()
                .getTextRecursively();
    }

    @Test
    void theFacilitatorSeesACardsTagsAndTheWayToTheGuide() {
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        while (meetings.tagsOf(card).isEmpty()) {
            card = meetings.drawNext(meeting.id(), owner, null);
        }
        String place = meetings.tagsOf(card).place().fileValue();
        awaitUi(() -> _find(Paragraph.class, spec -> spec.withClasses("bk-card-tags")).stream()
                .anyMatch(tags -> tags.getText().contains("Plek: ")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-card-tags"))
                        .getText())
                .startsWith("Aanpak van de ouder: ")
                .contains(" · Gedrag van het kind: ", " · Plek: ");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("bk-guide-safety-link"))
                        .getHref())
                .isEqualTo("guide?section=veiligheid");
        assertThat(place).isNotBlank();
    }

    @Test
    void aCardCanBeDrawnFromOneTheme() {
        @SuppressWarnings("unchecked")
        Select<String> theme = _get(Select.class, spec -> spec.withClasses("bk-theme-select"));
        assertThat(theme.getListDataView()
                        .getItems()
                        .map(theme.getItemLabelGenerator()::apply)
                        .toList())
                .contains("Samen opvoeden in de buurt", "Kennismaken", "Een fijne jeugd");

        for (int i = 0; i < 3; i++) {
            int remaining = 24 - i;
            _setValue(theme, "samen-opvoeden");
            clickAndWait("Kaart uit dit thema", () -> progress().startsWith((remaining - 1) + " "));
            assertThat(current().theme()).isEqualTo("samen-opvoeden");
            assertThat(cardText()).isEqualTo(current().textIn("nl"));
        }
    }

    @Test
    void afterAllCardsReshufflingLetsTheFacilitatorDrawAgain() {
        for (int i = 0; i < 23; i++) {
            meetings.drawNext(meeting.id(), owner, null);
        }
        awaitUi(() -> progress().equals("1 van 24 kaarten nog niet getrokken"));
        assertThat(_find(Button.class, spec -> spec.withText("Opnieuw schudden")))
                .isEmpty();

        clickAndWait("Volgende kaart", () -> progress().equals("Alle 24 kaarten zijn getrokken"));
        assertThat(button("Opnieuw schudden").isVisible()).isTrue();
        assertThat(button("Volgende kaart").isEnabled()).isTrue();
        String last = shownCard();

        _click(button("Volgende kaart"));
        assertThat(notificationTexts())
                .contains(
                        "Alle kaarten zijn getrokken. Kies 'Opnieuw schudden' om de kaarten nog een keer te gebruiken.");
        assertThat(shownCard()).isEqualTo(last);
        NotificationsKt.clearNotifications();

        _click(button("Opnieuw schudden"));
        clickAndWait("Volgende kaart", () -> progress().equals("23 van 24 kaarten nog niet getrokken"));
        assertThat(notificationTexts()).isEmpty();
        assertThat(meetings.find(meeting.id()).orElseThrow().drawRound()).isEqualTo(2);
    }

    @Test
    void reshufflingUpdatesTheProgressAtOnce() {
        for (int i = 0; i < 24; i++) {
            meetings.drawNext(meeting.id(), owner, null);
        }
        awaitUi(() -> progress().equals("Alle 24 kaarten zijn getrokken"));
        _click(button("Opnieuw schudden"));
        awaitUi(() -> progress().equals("24 van 24 kaarten nog niet getrokken"));
        assertThat(_find(Button.class, spec -> spec.withText("Opnieuw schudden")))
                .isEmpty();
    }

    @Test
    void closingAsksForConfirmationAndClosesTheMeeting() {
        _click(button("Bijeenkomst sluiten"));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Bijeenkomst sluiten?");
        assertThat(ConfirmDialogKt.getText(dialog)).startsWith("Ouders kunnen daarna niet meer meedoen of antwoorden.");
        assertThat(meetings.find(meeting.id()).orElseThrow().isOpen()).isTrue();

        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(meetings.find(meeting.id()).orElseThrow().status()).isEqualTo(MeetingStatus.CLOSED);
        awaitUi(() -> summary().endsWith(" · gesloten"));
        assertThat(button("Volgende kaart").isEnabled()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Bijeenkomst sluiten")))
                .isEmpty();
    }

    @Test
    void cancellingTheConfirmationKeepsTheMeetingOpen() {
        _click(button("Bijeenkomst sluiten"));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(meetings.find(meeting.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void anotherFacilitatorIsSentToTheirOwnMeetings() {
        signInAs("someone-else-" + UUID.randomUUID());
        navigate("join");
        navigate("meeting/" + meeting.id() + "/control");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(MeetingsView.class);
    }

    @Test
    void aThemeWithoutALabelIsShownByItsName() {
        MeetingService stub = Mockito.mock(MeetingService.class);
        Mockito.when(stub.themes(1L)).thenReturn(List.of("moestuin"));
        MeetingControls controls = new MeetingControls(stub, 1L, owner, false);
        UI.getCurrent().add(controls);
        @SuppressWarnings("unchecked")
        Select<String> theme = _get(controls, Select.class, spec -> spec.withClasses("bk-theme-select"));
        assertThat(theme.getItemLabelGenerator().apply("moestuin")).isEqualTo("moestuin");
    }

    private void clickAndWait(String buttonText, BooleanSupplier shown) {
        _click(button(buttonText));
        awaitUi(shown);
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private DrawnCard current() {
        return meetings.currentCard(meeting.id()).orElseThrow();
    }

    private static String shownCard() {
        return _get(CardDisplay.class).getElement().getAttribute("data-card");
    }

    private static String cardText() {
        return _get(Paragraph.class, spec -> spec.withClasses("bk-card-text")).getText();
    }

    private static String progress() {
        return _get(Span.class, spec -> spec.withClasses("bk-progress")).getText();
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withClasses("bk-control-summary"))
                .getText();
    }

    private static List<ListItem> answerItems() {
        return _find(ListItem.class, spec -> spec.withClasses("bk-control-answer"));
    }

    private static List<String> answerTexts() {
        List<String> texts = new ArrayList<>();
        for (ListItem item : _find(ListItem.class)) {
            if (item.getParent()
                    .map(parent -> parent.hasClassName("bk-control-answers"))
                    .orElse(false)) {
                texts.add(
                        item.hasClassName("bk-control-answer")
                                ? _get(item, Span.class, spec -> spec.withClasses("bk-control-answer-text"))
                                        .getText()
                                : item.getText());
            }
        }
        return texts;
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(ControlViewTest::textOf)
                .toList();
    }

    private static String textOf(Notification notification) {
        return notification
                .getElement()
                .getProperty("text", notification.getElement().getTextRecursively());
    }
}
