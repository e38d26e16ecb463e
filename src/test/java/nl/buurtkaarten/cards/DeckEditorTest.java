package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.cards.internal.DeckFileReader;
import nl.buurtkaarten.cards.internal.DeckFileWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckEditorTest {

    @TempDir
    Path cards;

    DeckCatalog catalog;
    DeckEditor editor;
    Path deckFile;

    @BeforeEach
    void copyTheStarterDeck() throws IOException {
        Files.createDirectories(cards.resolve("buurt-starter"));
        deckFile = cards.resolve("buurt-starter/deck.yaml");
        Files.copy(Path.of("cards/buurt-starter/deck.yaml"), deckFile);
        catalog = new DeckCatalog(new BuurtkaartenProperties(cards, null));
        editor = new DeckEditor(catalog);
    }

    @Test
    void everyShippedDeckSurvivesBeingWrittenByTheAppUnchanged() {
        DeckCatalog shipped = new DeckCatalog(new BuurtkaartenProperties(Path.of("cards"), null));
        for (Deck deck : shipped.decks()) {
            Path copy = cards.resolve("round-trip-" + deck.id() + ".yaml");
            try {
                Files.writeString(copy, DeckFileWriter.write(deck));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            DeckFileReader.Result again =
                    DeckFileReader.read(copy, copy.getFileName().toString());
            assertThat(again.problems()).isEmpty();
            assertThat(again.deck()).isEqualTo(deck);
        }
    }

    @Test
    void aNewCardIsSavedToTheFileAndLoadedAgain() throws IOException {
        Card card = card("start-25", "Wie in je straat groet jou als eerste? \"Hoi!\" zegt: ...");
        editor.saveCard("buurt-starter", null, card);

        assertThat(Files.readString(deckFile)).contains("- id: start-25");
        Deck reloaded = new DeckCatalog(new BuurtkaartenProperties(cards, null))
                .deck("buurt-starter")
                .orElseThrow();
        assertThat(reloaded.cards()).hasSize(25);
        assertThat(reloaded.cards().getLast().textIn("nl"))
                .isEqualTo("Wie in je straat groet jou als eerste? \"Hoi!\" zegt: ...");
        assertThat(catalog.deck("buurt-starter").orElseThrow().cards()).hasSize(25);
    }

    @Test
    void aChangeToTheFileThatWasNotReadYetIsKeptWhenTheAppSaves() throws IOException {
        Files.writeString(
                deckFile,
                Files.readString(deckFile)
                        .replace("nl: \"Samen opvoeden in de buurt\"", "nl: \"Samen opvoeden in onze buurt\""));

        editor.saveCard("buurt-starter", null, card("start-25", "Wie groet jou als eerste?"));

        assertThat(Files.readString(deckFile)).contains("nl: \"Samen opvoeden in onze buurt\"", "- id: start-25");
    }

    @Test
    void aFileBrokenOutsideTheAppIsNotWrittenOver() throws IOException {
        String broken = Files.readString(deckFile).replace("version: 3", "version: drie");
        Files.writeString(deckFile, broken);

        assertThatThrownBy(() -> editor.saveCard("buurt-starter", null, card("start-25", "Wie groet jou als eerste?")))
                .isInstanceOfSatisfying(InvalidDeckException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("editor.error.file-broken");
                    assertThat(refusal.problems()).isNotEmpty();
                });
        assertThat(Files.readString(deckFile)).isEqualTo(broken);
    }

    @Test
    void textsWithQuotesLineBreaksAndOtherScriptsAreWrittenSoTheyReadBackTheSame() throws IOException {
        String dutch = "Zeg \"hoi\": \\ of\n'doei' #1 \t- [x] {y} & *z* \u2028 \uD83D\uDE00 \u00E9?";
        editor.saveCard(
                "buurt-starter",
                null,
                new Card(
                        "buurt-starter",
                        "start-25",
                        CardKind.QUESTION,
                        "kennismaken",
                        SupportKind.CONNECTION,
                        Map.of("nl", dutch, "ar", "\u0645\u0627\u0630\u0627 \u062A\u0641\u0639\u0644\u061F"),
                        Map.of(),
                        null));

        Deck reread = new DeckCatalog(new BuurtkaartenProperties(cards, null))
                .deck("buurt-starter")
                .orElseThrow();
        Card saved = reread.cards().getLast();
        assertThat(saved.textIn("nl")).isEqualTo(dutch);
        assertThat(saved.textIn("ar")).isEqualTo("\u0645\u0627\u0630\u0627 \u062A\u0641\u0639\u0644\u061F");
        assertThat(Files.readString(deckFile)).contains("\u0645\u0627\u0630\u0627"); // written as itself, not escaped
    }

    @Test
    void editingACardReplacesItInPlaceAndCanRenameIt() {
        editor.saveCard("buurt-starter", "start-03", card("start-03b", "Een nieuwe tekst."));
        Deck deck = catalog.deck("buurt-starter").orElseThrow();
        assertThat(deck.cards()).hasSize(24);
        assertThat(deck.cards().get(2).id()).isEqualTo("start-03b");
        assertThat(deck.cards()).extracting(Card::id).doesNotContain("start-03");
    }

    @Test
    void anInvalidCardWritesNothing() throws IOException {
        byte[] before = Files.readAllBytes(deckFile);
        assertThatThrownBy(() -> editor.saveCard("buurt-starter", null, card("start-26", "x".repeat(201))))
                .isInstanceOfSatisfying(
                        InvalidDeckException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(DeckProblem::messageKey)
                                .containsExactly("deck.problem.too-long"));
        assertThat(Files.readAllBytes(deckFile)).isEqualTo(before);
        assertThat(Files.list(deckFile.getParent())
                        .map(path -> path.getFileName().toString()))
                .containsExactly("deck.yaml");
    }

    @Test
    void aCardIdCanBeUsedOnlyOnce() {
        assertThatThrownBy(() -> editor.saveCard("buurt-starter", null, card("start-01", "Dubbel")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("editor.error.card-id-taken"));
        assertThatThrownBy(() -> editor.saveCard("buurt-starter", "start-02", card("start-01", "Dubbel")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void deletingACardRemovesItFromTheFile() throws IOException {
        editor.deleteCard("buurt-starter", "start-10");
        assertThat(Files.readString(deckFile)).doesNotContain("id: start-10\n");
        assertThat(catalog.deck("buurt-starter").orElseThrow().cards()).hasSize(23);
    }

    @Test
    void aDeletedOrRenamedCardsIdIsRetiredAndCannotBeUsedAgain() {
        editor.deleteCard("buurt-starter", "start-10");
        editor.saveCard("buurt-starter", "start-03", card("start-03b", "Een nieuwe tekst."));
        assertThat(catalog.deck("buurt-starter").orElseThrow().retired()).contains("start-10", "start-03");
        for (String retired : List.of("start-10", "start-03")) {
            assertThatThrownBy(() -> editor.saveCard("buurt-starter", null, card(retired, "Weer terug?")))
                    .isInstanceOfSatisfying(
                            UserFacingException.class,
                            refusal -> assertThat(refusal.messageKey()).isEqualTo("editor.error.card-id-retired"));
        }
    }

    @Test
    void savingACardKeepsItsTagsPictureChoicesAndTheDecksReviewMarks() throws IOException {
        editor.saveDetails(
                "buurt-starter",
                Map.of("nl", "Samen opvoeden in de buurt"),
                Map.of(),
                "",
                3,
                Map.of("ar", TranslationReview.NEEDED, "pl", TranslationReview.DONE));
        Card tagged = new Card(
                "buurt-starter",
                "start-30",
                CardKind.SITUATION,
                "elkaars-kinderen",
                SupportKind.NORMATIVE,
                Map.of("nl", "Twee kinderen vechten bij het schoolhek. Wat doe je?"),
                Map.of("nl", "Vraag wat het lastig maakt."),
                null,
                new CardTags(CardTags.Style.ABSENT, CardTags.Behaviour.FIGHTING, CardTags.Place.SCHOOL_GATE),
                List.of(PictureChoice.WOULD_STEP_IN, PictureChoice.WOULD_LEAVE_IT));
        editor.saveCard("buurt-starter", null, tagged);
        editor.saveCard(
                "buurt-starter",
                "start-01",
                catalog.deck("buurt-starter").orElseThrow().cards().getFirst());

        Deck reloaded = new DeckCatalog(new BuurtkaartenProperties(cards, null))
                .deck("buurt-starter")
                .orElseThrow();
        assertThat(reloaded.cards().getLast()).isEqualTo(tagged);
        assertThat(reloaded.languagesToReview()).containsExactly("ar");
        assertThat(Files.readString(deckFile))
                .contains("tags: {style: absent, behaviour: fighting, place: school-gate}");
    }

    @Test
    void aNewDeckGetsItsOwnFolderAndRefusesBadOrTakenIds() {
        editor.createDeck("moestuin", "Samen in de moestuin");
        assertThat(Files.isRegularFile(cards.resolve("moestuin/deck.yaml"))).isTrue();
        assertThat(catalog.deck("moestuin")).isPresent();
        assertThatThrownBy(() -> editor.createDeck("Moestuin!", "x"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("deck.problem.bad-id"));
        assertThatThrownBy(() -> editor.createDeck("buurt-starter", "x"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("deck.problem.duplicate-deck-id"));
        assertThatThrownBy(() -> editor.createDeck("../buiten", "x")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aDecksDetailsCanBeChangedButItKeepsADutchTitle() {
        Deck saved = editor.saveDetails(
                "buurt-starter",
                Map.of("nl", "Nieuwe titel", "en", "New title"),
                Map.of("nl", "Korte uitleg."),
                "Wijkteam, 2026",
                2);
        assertThat(saved.titleIn("en")).isEqualTo("New title");
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.cards()).hasSize(24);
        assertThatThrownBy(() -> editor.saveDetails("buurt-starter", Map.of("en", "Only English"), Map.of(), "", 2))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("editor.error.title-empty"));
    }

    private static Card card(String id, String dutch) {
        return new Card(
                "buurt-starter",
                id,
                CardKind.QUESTION,
                "kennismaken",
                SupportKind.CONNECTION,
                Map.of("nl", dutch),
                Map.of(),
                null);
    }
}
