package nl.buurtkaarten.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.buurtkaarten.KaribuTest;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.DeckCatalog;
import nl.buurtkaarten.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The card editor, working on a copy of the shipped decks in a temporary folder. */
class DeckEditorViewTest extends KaribuTest {

    static final Path CARDS = copyOfShippedCards();

    @DynamicPropertySource
    static void cardsFolder(DynamicPropertyRegistry registry) {
        registry.add("buurtkaarten.cards-dir", CARDS::toString);
    }

    @Autowired
    DeckCatalog catalog;

    @BeforeEach
    void openEditor() {
        signInAs("redacteur", Roles.EDITOR);
        navigate("editor");
        Select<nl.buurtkaarten.cards.Deck> decks = _get(Select.class, spec -> spec.withLabel("Kaartenset"));
        _setValue(decks, catalog.deck("buurt-starter").orElseThrow());
    }

    @Test
    void listsTheCardsOfADeckAndFiltersThem() {
        Grid<Card> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(catalog.deck("buurt-starter").orElseThrow().cards().size());

        _setValue(_get(Select.class, spec -> spec.withLabel("Soort kaart")), CardKind.STATEMENT);
        assertThat(GridKt._size(grid)).isPositive();
        for (int row = 0; row < GridKt._size(grid); row++) {
            assertThat(GridKt._get(grid, row).kind()).isEqualTo(CardKind.STATEMENT);
        }
        _setValue(_get(TextField.class, spec -> spec.withLabel("Zoeken")), "schoolhek");
        assertThat(GridKt._size(grid)).isLessThanOrEqualTo(2);
    }

    @Test
    void findsCardsThatMissATranslation() {
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Alleen kaarten zonder deze taal")), true);
        for (int row = 0; row < GridKt._size(grid()); row++) {
            assertThat(GridKt._get(grid(), row).text()).doesNotContainKey("en");
        }
    }

    @Test
    void aNewCardIsCheckedWhileTypingPreviewedAndSavedToTheFile() throws IOException {
        _click(_get(Button.class, spec -> spec.withText("Nieuwe kaart")));
        TextArea dutch = _get(TextArea.class, spec -> spec.withLabel("Tekst in het Nederlands"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Id")), "start-99");
        _setValue(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Thema")), "kennismaken");

        _setValue(dutch, "x".repeat(201));
        assertThat(dutch.isInvalid()).isTrue();
        assertThat(dutch.getErrorMessage()).isEqualTo("Deze tekst is te lang voor het scherm. Hij mag hoogstens 200 tekens zijn.");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(Files.readString(CARDS.resolve("buurt-starter/deck.yaml"))).doesNotContain("start-99");

        _setValue(dutch, "Welk liedje zong jij vroeger met je kinderen?");
        assertThat(dutch.isInvalid()).isFalse();
        assertThat(previewTexts()).containsOnly("Welk liedje zong jij vroeger met je kinderen?");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(Files.readString(CARDS.resolve("buurt-starter/deck.yaml")))
                .contains("- id: start-99", "nl: \"Welk liedje zong jij vroeger met je kinderen?\"");
        assertThat(catalog.deck("buurt-starter").orElseThrow().cards()).extracting(Card::id).contains("start-99");
    }

    @Test
    void aDeckCopiedIntoTheFolderAppearsInTheFacilitatorsChoiceWithinTwoSeconds() throws IOException {
        signInAs("gespreksleider", Roles.FACILITATOR, Roles.EDITOR);
        navigate("");
        Path folder = CARDS.resolve("gekopieerd");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("deck.yaml"), Files.readString(CARDS.resolve("buurt-starter/deck.yaml"))
                .replace("id: buurt-starter", "id: gekopieerd")
                .replace("nl: \"Samen opvoeden in de buurt\"", "nl: \"Gekopieerde set\""));
        @SuppressWarnings("unchecked")
        CheckboxGroup<nl.buurtkaarten.cards.Deck> decks = _get(CheckboxGroup.class, spec -> spec.withLabel("Kaartensets"));
        long copied = System.nanoTime();
        awaitUi(() -> CheckboxGroupKt.getItemLabels(decks).stream().anyMatch(label -> label.startsWith("Gekopieerde set (")));
        System.out.printf("[measured] a copied deck reached the facilitator's page after %d ms%n", (System.nanoTime() - copied) / 1_000_000);
    }

    @Test
    void facilitatorsWithoutTheEditorRoleCannotOpenIt() {
        signInAs("alleen-gespreksleider", Roles.FACILITATOR);
        navigate("join");
        assertThatThrownBy(() -> navigate("editor")).isInstanceOf(MockAccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<Card> grid() {
        return _get(Grid.class);
    }

    private java.util.List<String> previewTexts() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, spec -> spec.withClasses("bk-card")).stream()
                .map(card -> card.getChildren().filter(child -> child.hasClassName("bk-card-text")).findFirst()
                        .orElseThrow().getElement().getText())
                .toList();
    }

    private static Path copyOfShippedCards() {
        try {
            Path folder = Files.createTempDirectory("bk-editor-cards");
            try (var files = Files.walk(Path.of("cards"))) {
                for (Path source : files.toList()) {
                    Path target = folder.resolve(Path.of("cards").relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
