package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.base.ui.PictureButton;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.participation.Answer;
import tools.jackson.databind.JsonNode;

/**
 * The pictures a parent taps to answer: a statement's reactions for everyone, and every card's
 * choices in the low-literacy mode. The parent's own choice shows pressed; tapping it again takes it
 * back. What a tap chooses is carried out by the answering screen.
 */
class ReactionPictures extends Div {

    /** Sets the parent's picture for this draw of a card, or with null takes it away. */
    @FunctionalInterface
    interface Choosing {
        void choose(long drawId, PictureChoice choice);
    }

    /**
     * Read in the browser at the tap: the draw of the card the parent saw. The buttons stay from card
     * to card, so a tap sent just before the next card reached the phone still names the card it was
     * meant for (and is refused as "another card is on the screen now"), not the new one.
     */
    static final String TAPPED_DRAW = "element.parentElement.getAttribute('data-draw')";

    private final boolean easy;
    private final Choosing choosing;
    /** The buttons of the pictures shown now, in order; kept from card to card while the pictures stay the same. */
    private final Map<PictureChoice, Component> buttons = new LinkedHashMap<>();

    private long drawId;
    private PictureChoice chosen;

    ReactionPictures(boolean easy, Choosing choosing) {
        this.easy = easy;
        this.choosing = choosing;
        addClassName("bk-reactions");
        getElement().setAttribute("role", "group");
    }

    /** Whether this card is answered by pictures: a statement always, any card in the low-literacy mode. */
    static boolean shownFor(DrawnCard card, boolean easy) {
        return card != null && (easy || card.kind() == CardKind.STATEMENT);
    }

    /**
     * Draws the card's pictures with the parent's own choice among their answers pressed; none
     * without a card. The next statement with the same pictures changes only what is pressed, so
     * that a draw does not send every phone its buttons again.
     */
    void show(DrawnCard card, List<Answer> mine) {
        if (!shownFor(card, easy)) {
            setVisible(false);
            return;
        }
        setVisible(true);
        drawId = card.id();
        getElement().setAttribute("data-draw", String.valueOf(drawId));
        chosen = mine.stream()
                .filter(Answer::isReaction)
                .map(Answer::reaction)
                .findFirst()
                .orElse(null);
        getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                card.kind() == CardKind.STATEMENT ? "phone.reaction.label" : "phone.pictures.label"));
        if (!List.copyOf(buttons.keySet()).equals(card.choices())) {
            removeAll();
            buttons.clear();
            card.choices().forEach(choice -> {
                Component button = button(choice);
                buttons.put(choice, button);
                add(button);
            });
        }
        buttons.forEach((choice, button) -> press(button, choice == chosen));
    }

    private Component button(PictureChoice choice) {
        String word = getTranslation("choice." + choice.fileValue());
        Component button;
        if (easy) {
            PictureButton picture = new PictureButton(ChoicePictures.of(choice), word);
            picture.addClassNames("bk-reaction", "bk-reaction--" + choice.fileValue());
            button = picture;
        } else {
            Button plain = new Button(word, ChoicePictures.of(choice));
            plain.addClassNames("bk-reaction", "bk-reaction--" + choice.fileValue());
            button = plain;
        }
        button.getElement()
                .addEventListener("click", tap -> tapped(choice, tappedDraw(tap.getEventData())))
                .addEventData(TAPPED_DRAW);
        return button;
    }

    private long tappedDraw(JsonNode data) {
        JsonNode shown = data == null ? null : data.get(TAPPED_DRAW);
        try {
            return shown == null || shown.isNull() ? drawId : Long.parseLong(shown.asString());
        } catch (NumberFormatException e) {
            return drawId;
        }
    }

    private void tapped(PictureChoice choice, long tappedDraw) {
        // Tapping the pressed picture again takes it back.
        choosing.choose(tappedDraw, choice == chosen && tappedDraw == drawId ? null : choice);
    }

    private void press(Component button, boolean pressed) {
        if (button instanceof PictureButton picture) {
            picture.setPressed(pressed);
        } else if (button instanceof Button plain) {
            plain.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            if (pressed) {
                plain.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                plain.removeThemeVariants(ButtonVariant.PRIMARY);
            }
        }
    }
}
