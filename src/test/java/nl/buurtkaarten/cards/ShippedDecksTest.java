package nl.buurtkaarten.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.buurtkaarten.base.BuurtkaartenProperties;
import org.junit.jupiter.api.Test;

/** The decks in the project's own {@code cards/} folder, as they ship. */
class ShippedDecksTest {

    private final DeckCatalog catalog = new DeckCatalog(new BuurtkaartenProperties(Path.of("cards"), null));

    @Test
    void everyShippedDeckLoadsWithoutProblems() {
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.decks()).isNotEmpty();
        assertThat(catalog.deck("buurt-starter")).isPresent()
                .get().satisfies(deck -> assertThat(deck.cards()).hasSize(24));
    }

    @Test
    void everyShippedDeckHasEnoughCardsEachWithDutchTextAndAKindOfSupport() {
        for (Deck deck : catalog.decks()) {
            assertThat(deck.cards()).as(deck.id()).hasSizeGreaterThanOrEqualTo(15);
            assertThat(deck.titleIn("nl")).as(deck.id()).isNotBlank();
            for (Card card : deck.cards()) {
                assertThat(card.text().get("nl")).as(deck.id() + "/" + card.id()).isNotBlank();
                assertThat(card.support()).as(deck.id() + "/" + card.id()).isNotNull();
                assertThat(card.kind()).as(deck.id() + "/" + card.id()).isNotNull();
                assertThat(card.theme()).as(deck.id() + "/" + card.id()).isNotBlank();
            }
        }
    }
}
