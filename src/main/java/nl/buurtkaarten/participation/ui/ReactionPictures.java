package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import nl.buurtkaarten.base.ui.PictureButton;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.participation.Answer;

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

    private final boolean easy;
    private final Choosing choosing;

    ReactionPictures(boolean easy, Choosing choosing) {
        this.easy = easy;
        this.choosing = choosing;
        addClassName("bk-reactions");
    }

    /** Whether this card is answered by pictures: a statement always, any card in the low-literacy mode. */
    static boolean shownFor(DrawnCard card, boolean easy) {
        return card != null && (easy || card.kind() == CardKind.STATEMENT);
    }

    /** Draws the card's pictures with the parent's own choice among their answers pressed; none without a card. */
    void show(DrawnCard card, List<Answer> mine) {
        removeAll();
        if (!shownFor(card, easy)) {
            return;
        }
        PictureChoice chosen = mine.stream()
                .filter(Answer::isReaction)
                .map(Answer::reaction)
                .findFirst()
                .orElse(null);
        getElement().setAttribute("role", "group");
        getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                card.kind() == CardKind.STATEMENT ? "phone.reaction.label" : "phone.pictures.label"));
        for (PictureChoice choice : card.choices()) {
            String word = getTranslation("choice." + choice.fileValue());
            boolean selected = choice == chosen;
            ClickNotifier<?> clickable;
            Component button;
            if (easy) {
                PictureButton picture = new PictureButton(ChoicePictures.of(choice), word);
                picture.setPressed(selected);
                clickable = picture;
                button = picture;
            } else {
                Button plain = new Button(word, ChoicePictures.of(choice));
                plain.getElement().setAttribute("aria-pressed", String.valueOf(selected));
                if (selected) {
                    plain.addThemeVariants(ButtonVariant.PRIMARY);
                }
                clickable = plain;
                button = plain;
            }
            button.addClassNames("bk-reaction", "bk-reaction--" + choice.fileValue());
            clickable.addClickListener(click -> choosing.choose(card.id(), selected ? null : choice));
            add(button);
        }
    }
}
