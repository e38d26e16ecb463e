package nl.buurtkaarten.participation.ui;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.live.MeetingPictures;
import nl.buurtkaarten.base.ui.Locales;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.base.ui.PictureButton;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.cards.TestDecks;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

class ParticipantViewTest extends KaribuTest {

    private static final String CARD_CHANGED =
            "Er staat intussen een andere kaart op het scherm. Je tekst staat er nog: verstuur hem opnieuw als hij ook hierbij past.";

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    String owner;
    Meeting meeting;

    /** The shipped decks are complete in five languages; the note for a missing language needs a deck that is not. */
    static final Path CARDS = TestDecks.copyOfShippedWithADutchOnlyDeck();

    @DynamicPropertySource
    static void cardsFolder(DynamicPropertyRegistry registry) {
        registry.add("buurtkaarten.cards-dir", CARDS::toString);
    }

    @BeforeEach
    void openMeetingAndScanTheCode() {
        owner = "phone-facilitator-" + UUID.randomUUID();
        meeting = meetings.open(owner, "Ouderavond De Linde", List.of("buurt-starter"), "nl");
        navigate("join/" + meeting.joinCode());
    }

    // Joining

    @Test
    void theJoinFormAsksForANicknameAndSaysWhatHappensWithIt() {
        assertThat(_get(H1.class).getText()).isEqualTo("Welkom bij Ouderavond De Linde");
        assertThat(nicknameField().isInvalid()).isFalse();
        assertThat(_get(H2.class).getText()).isEqualTo("Wat gebeurt er met wat je invult?");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .contains(
                        "Je antwoorden staan zonder naam op het scherm, tenzij je zelf kiest om je naam te laten zien.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-consent")).getText())
                .isEqualTo("Met deze knop zeg je dat je dit hebt gelezen en dat je meedoet.");
    }

    @Test
    void aCardTheDeckHasNotInTheParentsLanguageShowsInDutchWithANoteInTheirLanguage() {
        Meeting polishEvening = meetings.open(owner, "Ouderavond De Linde", List.of(TestDecks.DUTCH_ONLY), "nl");
        DrawnCard card = meetings.drawNext(polishEvening.id(), owner, null);
        assertThat(card.hasTextIn("pl")).isFalse();
        navigate("join/" + polishEvening.joinCode());
        _setValue(_get(Select.class, spec -> spec.withClasses("bk-language-picker")), Locales.POLISH);
        _setValue(_get(TextField.class, spec -> spec.withClasses("bk-nickname")), "Kasia");
        _click(_get(Button.class, spec -> spec.withClasses("bk-join-button")));
        Paragraph text = _get(Paragraph.class, spec -> spec.withClasses("bk-card-text"));
        assertThat(text.getText()).isEqualTo(card.textIn("nl"));
        assertThat(text.getElement().getAttribute("lang")).isEqualTo("nl");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-card-language-note"))
                        .getText())
                .isEqualTo("Ta karta nie jest jeszcze dostępna w twoim języku. Widzisz ją po holendersku.");
    }

    @Test
    void anEmptyNicknameIsRefused() {
        assertNicknameRefused("", "Vul een naam in. Een bijnaam mag ook.");
    }

    @Test
    void aNicknameOfOnlySpacesIsRefused() {
        assertNicknameRefused("    ", "Vul een naam in. Een bijnaam mag ook.");
    }

    @Test
    void aNicknameOf31CharactersIsRefused() {
        assertNicknameRefused("a".repeat(31), "Je naam mag hoogstens 30 tekens lang zijn.");
    }

    @Test
    void aNicknameSomeoneElseHasIsRefusedWhateverTheCase() {
        participation.join(meeting.id(), "Amina");
        assertNicknameRefused(
                "amina",
                "De naam 'amina' is al gekozen door iemand anders. Kies een andere, bijvoorbeeld met een letter erachter.");
        assertThat(participation.participants(meeting.id()))
                .extracting(Participant::nickname)
                .containsExactly("Amina");
    }

    @Test
    void aGoodNicknameJoinsAndSetsASecretHttpOnlyCookie() {
        join("Amina");

        assertThat(who()).isEqualTo("Je doet mee als Amina");
        assertThat(_find(TextField.class)).isEmpty();
        Cookie cookie = responseCookie("bk_participant_" + meeting.joinCode());
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getValue()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo(30 * 24 * 60 * 60);
        assertThat(participation.recognise(meeting.id(), cookie.getValue()))
                .map(Participant::nickname)
                .contains("Amina");
    }

    @Test
    void afterAReloadTheSameParentIsRecognised() {
        join("Amina");
        keepCookies();

        navigate("join");
        navigate("join/" + meeting.joinCode());

        assertThat(_find(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")))
                .isEmpty();
        assertThat(who()).isEqualTo("Je doet mee als Amina");
        assertThat(participation.participants(meeting.id())).hasSize(1);
    }

    @Test
    void aCookieOfAnotherMeetingIsNotEnough() {
        join("Amina");
        keepCookies();
        Meeting other = meetings.open(owner, "Andere avond", List.of("buurt-starter"), "nl");

        navigate("join/" + other.joinCode());

        assertThat(nicknameField()).isNotNull();
        assertThat(_find(Span.class, spec -> spec.withClasses("bk-phone-who"))).isEmpty();
    }

    // Answering

    @Test
    void beforeTheFirstCardTheParentWaits() {
        join("Amina");
        assertThat(cardText()).isEqualTo("Zo meteen komt de eerste kaart.");
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void aDrawnCardAppearsLive() {
        join("Amina");
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        awaitUi(() -> cardText().equals(card.textIn("nl")));
        assertThat(_find(H2.class, spec -> spec.withText("Jouw antwoorden op deze kaart")))
                .hasSize(1);
        assertThat(ownTexts()).isEmpty();
        assertThat(_get(ListItem.class, spec -> spec.withClasses("bk-own-none")).getText())
                .isEqualTo("Je hebt nog niets geschreven bij deze kaart.");
    }

    @Test
    void anEmptyAnswerIsNotSent() {
        DrawnCard card = joinAndDraw(CardKind.QUESTION);
        send("   ");
        assertThat(answerField().isInvalid()).isTrue();
        assertThat(answerField().getErrorMessage()).isEqualTo("Schrijf eerst iets.");
        assertThat(participation.visibleAnswers(card.id())).isEmpty();
    }

    @Test
    void anAnswerOf501CharactersIsMarkedTooLongAndNotStored() {
        DrawnCard card = joinAndDraw(CardKind.QUESTION);
        _setValue(answerField(), "a".repeat(501));
        assertThat(answerField().isInvalid()).isTrue();
        assertThat(answerField().getErrorMessage())
                .isEqualTo("Je antwoord is te lang. Het mag hoogstens 500 tekens zijn.");
        assertThat(answerField().getHelperText()).isEqualTo("501 van 500 tekens");

        _click(_get(Button.class, spec -> spec.withText("Versturen")));
        assertThat(answerField().isInvalid()).isTrue();
        assertThat(answerField().getErrorMessage())
                .isEqualTo("Je antwoord is te lang. Het mag hoogstens 500 tekens zijn.");
        assertThat(participation.visibleAnswers(card.id())).isEmpty();
    }

    @Test
    void theNicknameLimitIsSaidWhileTypingAndNothingIsCutOff() {
        assertThat(nicknameField().getMaxLength()).isZero();
        assertThat(nicknameField().getHelperText()).endsWith("0 van 30 tekens");
        _setValue(nicknameField(), "Amina");
        assertThat(nicknameField().getHelperText())
                .isEqualTo("Je voornaam of een bijnaam. Anderen zien deze naam. 5 van 30 tekens");
        String tooLong = "Amina van de Vrolijke Buurtwinkel";
        _setValue(nicknameField(), tooLong);
        assertThat(nicknameField().getValue()).isEqualTo(tooLong);
        assertThat(nicknameField().getHelperText()).endsWith("33 van 30 tekens");
        assertThat(nicknameField().isInvalid()).isTrue();
        assertThat(nicknameField().getErrorMessage()).isEqualTo("Je naam mag hoogstens 30 tekens lang zijn.");
        _setValue(nicknameField(), "Amina \uD83C\uDF37");
        assertThat(nicknameField().isInvalid()).isFalse();
        assertThat(nicknameField().getHelperText()).endsWith("7 van 30 tekens");
    }

    @Test
    void inTheLowLiteracyModeAQuestionIsAnsweredByTappingAPictureAndTheTextSaysWhatWasChosen() {
        DrawnCard card = joinAndDraw(CardKind.QUESTION);
        keepCookies();
        _click(_get(Button.class, spec -> spec.withText("Makkelijk")));
        awaitUi(() -> !_find(PictureButton.class).isEmpty());

        assertThat(_find(TextArea.class, spec -> spec.withLabel("Jouw antwoord")))
                .isEmpty();
        assertThat(_find(PictureButton.class))
                .extracting(button -> button.getElement().getTextRecursively())
                .containsExactly("Dit ken ik", "Wil ik over praten", "Liever niet");
        // Each shows its picture above its word: the phone's own pictures, hidden from screen readers (the word says
        // it).
        assertThat(_find(PictureButton.class))
                .extracting(button -> _get(button, SvgIcon.class))
                .allSatisfy(picture -> {
                    assertThat(picture.getSrc()).isEqualTo(PhoneIcon.SRC);
                    assertThat(picture.getElement().getAttribute("aria-hidden")).isEqualTo("true");
                })
                .extracting(SvgIcon::getSymbol)
                .containsExactly("check-circle", "comments", "minus-circle-o");
        assertThat(_get(ListItem.class, spec -> spec.withClasses("bk-own-none")).getText())
                .isEqualTo("Tik op een plaatje om te antwoorden.");

        tap(_get(PictureButton.class, spec -> spec.withClasses("bk-reaction--want-to-talk")));

        assertThat(participation.visibleAnswers(card.id()))
                .singleElement()
                .satisfies(answer -> assertThat(answer.reaction()).isEqualTo(PictureChoice.WANT_TO_TALK));
        assertThat(_get(ListItem.class, spec -> spec.withClasses("bk-own-none")).getText())
                .isEqualTo("Je koos: Wil ik over praten");
        assertThat(_get(PictureButton.class, spec -> spec.withClasses("bk-reaction--want-to-talk"))
                        .getElement()
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void inTheLowLiteracyModeAParentJoinsByTappingAPictureAsTheirName() {
        participation.joinWithFirstFreeName(meeting.id(), "Zon");
        _click(_get(Button.class, spec -> spec.withText("Makkelijk")));
        awaitUi(() -> !_find(PictureButton.class, spec -> spec.withClasses("bk-picture-name"))
                .isEmpty());
        assertThat(_find(PictureButton.class, spec -> spec.withClasses("bk-picture-name")))
                .hasSize(12)
                .first()
                .satisfies(sun -> {
                    assertThat(sun.getElement().getTextRecursively()).isEqualTo("Zon");
                    assertThat(_get(sun, SvgIcon.class).getSymbol()).isEqualTo("sun-o");
                });

        _click(_find(PictureButton.class, spec -> spec.withClasses("bk-picture-name")).stream()
                .filter(button -> "sun".equals(button.getElement().getAttribute("data-picture")))
                .findFirst()
                .orElseThrow());

        assertThat(who()).isEqualTo("Je doet mee als Zon 2");
        assertThat(participation.participants(meeting.id()))
                .extracting(Participant::nickname)
                .containsExactly("Zon", "Zon 2");
    }

    @Test
    void anEditInProgressSurvivesLiveUpdates() {
        DrawnCard card = joinAndDraw(CardKind.QUESTION);
        send("Ik kan op woensdag oppassen.");
        send("En op zaterdag.");
        _click(_find(Button.class, spec -> spec.withText("Wijzigen")).getFirst());
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Je antwoord wijzigen")), "Ik kan op woensdag en vrijdag");

        // The facilitator hides the other answer: the phone draws its own answers again, around the open editor.
        long other = participation.visibleAnswers(card.id()).stream()
                .filter(answer -> answer.text().equals("En op zaterdag."))
                .findFirst()
                .orElseThrow()
                .id();
        pushArrives(() -> participation.setHidden(meeting.id(), owner, other, true));
        assertThat(_find(Span.class, spec -> spec.withClasses("bk-own-hidden"))).hasSize(1);

        TextArea editor = _get(TextArea.class, spec -> spec.withLabel("Je antwoord wijzigen"));
        assertThat(editor.getValue()).isEqualTo("Ik kan op woensdag en vrijdag");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(ownTexts()).containsExactly("Ik kan op woensdag en vrijdag", "En op zaterdag.");
        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::text)
                .containsExactly("Ik kan op woensdag en vrijdag");
    }

    @Test
    void anAnswerIsListedAndCanBeEditedAndWithdrawn() {
        DrawnCard card = joinAndDraw(CardKind.QUESTION);
        send("Ik kan op woensdag oppassen.");

        assertThat(ownTexts()).containsExactly("Ik kan op woensdag oppassen.");
        assertThat(answerField().getValue()).isEmpty();
        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::text)
                .containsExactly("Ik kan op woensdag oppassen.");

        _click(_get(Button.class, spec -> spec.withText("Wijzigen")));
        TextArea editor = _get(TextArea.class, spec -> spec.withLabel("Je antwoord wijzigen"));
        assertThat(editor.getValue()).isEqualTo("Ik kan op woensdag oppassen.");
        _setValue(editor, "Ik kan op woensdag en vrijdag oppassen.");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(ownTexts()).containsExactly("Ik kan op woensdag en vrijdag oppassen.");
        assertThat(participation.visibleAnswers(card.id()))
                .extracting(Answer::text)
                .containsExactly("Ik kan op woensdag en vrijdag oppassen.");

        _click(_get(Button.class, spec -> spec.withText("Intrekken")));
        assertThat(ownTexts()).isEmpty();
        assertThat(_get(ListItem.class, spec -> spec.withClasses("bk-own-none")).getText())
                .isEqualTo("Je hebt nog niets geschreven bij deze kaart.");
        assertThat(participation.visibleAnswers(card.id())).isEmpty();
    }

    @Test
    void htmlInAnAnswerIsShownAsPlainText() {
        joinAndDraw(CardKind.QUESTION);
        String html = "<img src=x onerror=alert(1)>";
        send(html);

        Paragraph shown = _get(Paragraph.class, spec -> spec.withClasses("bk-own-text"));
        assertThat(shown.getText()).isEqualTo(html);
        assertThat(shown.getElement().getChildCount()).isEqualTo(1);
        assertThat(shown.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(_find(Image.class)).isEmpty();
    }

    @Test
    void aStatementCardIsAnsweredWithAReaction() {
        DrawnCard card = joinAndDraw(CardKind.STATEMENT);
        assertThat(answerField().getLabel()).isEqualTo("Wil je er iets over vertellen? (hoeft niet)");
        assertThat(reactions())
                .extracting(Button::getText)
                .containsExactly("Herkenbaar", "Een beetje", "Niet herkenbaar");
        assertThat(reactions())
                .allMatch(button -> "false".equals(button.getElement().getAttribute("aria-pressed")));

        tap(reaction("Een beetje"));

        assertThat(reaction("Een beetje").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(reaction("Herkenbaar").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(reaction("Niet herkenbaar").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(participation.ownAnswers(token(), card.id())).singleElement().satisfies(answer -> {
            assertThat(answer.isReaction()).isTrue();
            assertThat(answer.reaction()).isEqualTo(PictureChoice.PARTLY);
        });
        assertThat(ownTexts()).isEmpty();

        tap(reaction("Een beetje"));
        assertThat(reaction("Een beetje").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(participation.ownAnswers(token(), card.id())).isEmpty();
    }

    @Test
    void theNextStatementKeepsThePicturesAndATapMeantForTheCardBeforeDoesNotCountForIt() {
        DrawnCard first = joinAndDraw(CardKind.STATEMENT);
        List<Button> before = reactions();
        String firstDraw =
                before.getFirst().getParent().orElseThrow().getElement().getAttribute("data-draw");
        DrawnCard second = meetings.drawNext(meeting.id(), owner, null);
        while (second.kind() != CardKind.STATEMENT || !second.choices().equals(first.choices())) {
            second = meetings.drawNext(meeting.id(), owner, null);
        }
        String expected = second.deckId() + "/" + second.cardId();
        awaitUi(() -> expected.equals(_get(CardDisplay.class).getElement().getAttribute("data-card")));

        // The same buttons, only the card they answer changed: a draw does not send every phone its buttons again.
        assertThat(reactions()).containsExactlyElementsOf(before);
        // A tap the phone sent while it still showed the card before.
        tap(reaction("Een beetje"), firstDraw);
        assertThat(participation.ownAnswers(token(), first.id())).isEmpty();
        assertThat(participation.ownAnswers(token(), second.id())).isEmpty();
        assertThat(reaction("Een beetje").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");

        tap(reaction("Een beetje"));
        assertThat(participation.ownAnswers(token(), second.id()))
                .singleElement()
                .satisfies(answer -> assertThat(answer.reaction()).isEqualTo(PictureChoice.PARTLY));
        assertThat(reaction("Een beetje").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void aQuestionCardHasNoReactionButtons() {
        joinAndDraw(CardKind.QUESTION);
        assertThat(reactions()).isEmpty();
        assertThat(answerField().getLabel()).isEqualTo("Jouw antwoord");
    }

    @Test
    void whenTheCardChangesJustBeforeSendingTheTypedTextIsKept() {
        DrawnCard first = joinAndDraw(CardKind.QUESTION);
        TextArea field = answerField();
        Button send = _get(Button.class, spec -> spec.withText("Versturen"));
        _setValue(field, "Mijn buurvrouw helpt mij vaak.");
        DrawnCard second = meetings.drawNext(meeting.id(), owner, null);

        // Sent before the phone heard of the new card: no Karibu look-up in between, as each would deliver the push
        // first.
        _click(send);

        assertThat(field.getValue()).isEqualTo("Mijn buurvrouw helpt mij vaak.");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(CARD_CHANGED);
        assertThat(_get(CardDisplay.class).getElement().getAttribute("data-card"))
                .isEqualTo(second.deckId() + "/" + second.cardId());
        assertThat(cardText()).isEqualTo(second.textIn("nl"));
        assertThat(answerField().getValue()).isEqualTo("Mijn buurvrouw helpt mij vaak.");
        assertThat(participation.visibleAnswers(first.id())).isEmpty();
        assertThat(participation.visibleAnswers(second.id())).isEmpty();
    }

    @Test
    void theCardChangedMessageStaysAfterThePushArrives() {
        joinAndDraw(CardKind.QUESTION);
        TextArea field = answerField();
        Button send = _get(Button.class, spec -> spec.withText("Versturen"));
        _setValue(field, "Mijn buurvrouw helpt mij vaak.");
        DrawnCard[] second = new DrawnCard[1];
        pushArrives(() -> {
            second[0] = meetings.drawNext(meeting.id(), owner, null);
            _click(send);
        });
        assertThat(cardText()).isEqualTo(second[0].textIn("nl"));
        assertThat(answerField().isInvalid()).isTrue();
        assertThat(answerField().getErrorMessage()).isEqualTo(CARD_CHANGED);
    }

    @Test
    void whenTheCardChangesWhileTypingTheTypedTextIsKept() {
        joinAndDraw(CardKind.QUESTION);
        _setValue(answerField(), "Mijn buurvrouw helpt mij vaak.");
        DrawnCard second = meetings.drawNext(meeting.id(), owner, null);
        awaitUi(() -> cardText().equals(second.textIn("nl")));

        assertThat(answerField().getValue()).isEqualTo("Mijn buurvrouw helpt mij vaak.");
    }

    @Test
    void aClosedMeetingThanksTheParentAndTakesNoMoreAnswers() {
        joinAndDraw(CardKind.QUESTION);
        meetings.close(meeting.id(), owner);
        awaitUi(() -> !_find(
                        Paragraph.class,
                        spec -> spec.withText("Deze bijeenkomst is afgelopen. Dank je wel voor het meedoen!"))
                .isEmpty());
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Versturen"))).isEmpty();
    }

    @Test
    void aJoinedParentComingBackToAClosedMeetingIsThanked() {
        join("Amina");
        keepCookies();
        meetings.close(meeting.id(), owner);

        navigate("join");
        navigate("join/" + meeting.joinCode());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-info-text"))
                        .getText())
                .isEqualTo("Deze bijeenkomst is afgelopen. Dank je wel voor het meedoen!");
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void aNewVisitorToAClosedMeetingCannotJoin() {
        meetings.close(meeting.id(), owner);
        navigate("join");
        navigate("join/" + meeting.joinCode());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-info-text"))
                        .getText())
                .isEqualTo("Deze bijeenkomst is afgelopen. Meedoen kan niet meer.");
        assertThat(_find(TextField.class)).isEmpty();
    }

    @Test
    void aWrongCodeInTheAddressOffersTheCodeForm() {
        navigate("join/XXXXXXXXX");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bk-error-text"))
                        .getText())
                .isEqualTo("Deze code kennen we niet. Kijk nog eens goed op het scherm en probeer het opnieuw.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code"))).isNotNull();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Hoe wil je heten?")))
                .isEmpty();
    }

    // Helpers

    @Autowired
    MeetingPictures pictures;

    /**
     * Makes a change, waits until the meeting's live picture with it is built and this phone's
     * drawing of it is queued in its UI, then lets the UI run it, as a push would.
     */
    private void pushArrives(Runnable change) {
        CompletableFuture<MeetingPicture> built = new CompletableFuture<>();
        Runnable stop = pictures.follow(meeting.id(), built::complete);
        try {
            change.run();
            built.orTimeout(2, TimeUnit.SECONDS).join();
        } finally {
            stop.run();
        }
        VaadinSession session = VaadinSession.getCurrent();
        await().atMost(Duration.ofSeconds(2))
                .until(() -> !session.getPendingAccessQueue().isEmpty());
        MockVaadin.clientRoundtrip(false);
    }

    private void join(String nickname) {
        _setValue(nicknameField(), nickname);
        _click(_get(Button.class, spec -> spec.withText("Akkoord, ik doe mee")));
    }

    private void assertNicknameRefused(String nickname, String message) {
        int before = participation.participants(meeting.id()).size();
        join(nickname);
        assertThat(nicknameField().isInvalid()).isTrue();
        assertThat(nicknameField().getErrorMessage()).isEqualTo(message);
        assertThat(_find(Span.class, spec -> spec.withClasses("bk-phone-who"))).isEmpty();
        assertThat(participation.participants(meeting.id())).hasSize(before);
    }

    /** Joins as Amina and draws until a card of the given kind is on the phone. */
    private DrawnCard joinAndDraw(CardKind kind) {
        join("Amina");
        DrawnCard card = meetings.drawNext(meeting.id(), owner, null);
        while (card.kind() != kind) {
            card = meetings.drawNext(meeting.id(), owner, null);
        }
        String expected = card.deckId() + "/" + card.cardId();
        awaitUi(() -> expected.equals(_get(CardDisplay.class).getElement().getAttribute("data-card")));
        return card;
    }

    private void send(String text) {
        _setValue(answerField(), text);
        _click(_get(Button.class, spec -> spec.withText("Versturen")));
    }

    private String token() {
        return responseCookie("bk_participant_" + meeting.joinCode()).getValue();
    }

    private static TextField nicknameField() {
        return _get(TextField.class, spec -> spec.withLabel("Hoe wil je heten?"));
    }

    private static TextArea answerField() {
        return _get(TextArea.class, spec -> spec.withClasses("bk-answer-field"));
    }

    private static String who() {
        return _get(Span.class, spec -> spec.withClasses("bk-phone-who"))
                .getElement()
                .getTextRecursively();
    }

    private static String cardText() {
        return _get(Paragraph.class, spec -> spec.withClasses("bk-card-text")).getText();
    }

    private static List<String> ownTexts() {
        return _find(Paragraph.class, spec -> spec.withClasses("bk-own-text")).stream()
                .map(Paragraph::getText)
                .toList();
    }

    /** A tap on a picture as the browser sends it: with the draw of the card the phone showed. */
    private static void tap(Component picture) {
        tap(picture, picture.getParent().orElseThrow().getElement().getAttribute("data-draw"));
    }

    private static void tap(Component picture, String shownDraw) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(ReactionPictures.TAPPED_DRAW, shownDraw);
        _fireDomEvent(picture.getElement(), new DomEvent(picture.getElement(), "click", data));
    }

    private static List<Button> reactions() {
        return _find(Button.class, spec -> spec.withClasses("bk-reaction"));
    }

    private static Button reaction(String text) {
        return _get(Button.class, spec -> spec.withClasses("bk-reaction").withText(text));
    }
}
