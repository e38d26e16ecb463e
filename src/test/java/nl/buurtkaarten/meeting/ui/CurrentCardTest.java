package nl.buurtkaarten.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.meeting.DrawnCard;
import org.junit.jupiter.api.Test;

/** The drawn copy of a card reaches the card display with everything the display shows. */
class CurrentCardTest {

    @Test
    void aDrawnCardBecomesTheCardAsItWasDrawn() {
        DrawnCard drawn = new DrawnCard(
                7,
                3,
                1,
                "opvoeden",
                "q1",
                CardKind.QUESTION,
                SupportKind.EMOTIONAL,
                "slapen",
                false,
                Instant.EPOCH,
                Map.of("nl", "Hoe gaat het?", "en", "How are you?"),
                Map.of("nl", "Rustig aan"),
                List.of());

        Card card = CurrentCard.asCard(drawn);

        assertThat(card.deckId()).isEqualTo("opvoeden");
        assertThat(card.id()).isEqualTo("q1");
        assertThat(card.kind()).isEqualTo(CardKind.QUESTION);
        assertThat(card.support()).isEqualTo(SupportKind.EMOTIONAL);
        assertThat(card.textIn("en")).isEqualTo("How are you?");
        assertThat(card.textIn("ar")).isEqualTo("Hoe gaat het?");
        assertThat(card.text().containsKey("ar")).isFalse();
    }
}
