package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.buurtkaarten.cards.PictureChoice;

/**
 * The picture of each answer a parent can tap, so that it can be chosen without reading. The same
 * picture stands for the same idea everywhere: the gift for offering help, the hand for asking, as
 * on the phone's offer and request buttons.
 */
final class ChoicePictures {

    private ChoicePictures() {}

    static Icon of(PictureChoice choice) {
        Icon icon = switch (choice) {
            case RECOGNISE -> VaadinIcon.THUMBS_UP.create();
            case PARTLY -> VaadinIcon.ADJUST.create();
            case NOT_RECOGNISE -> VaadinIcon.THUMBS_DOWN.create();
            case KNOW_THIS -> VaadinIcon.CHECK_CIRCLE.create();
            case WANT_TO_TALK -> VaadinIcon.COMMENTS.create();
            case RATHER_NOT -> VaadinIcon.MINUS_CIRCLE_O.create();
            case WOULD_STEP_IN -> VaadinIcon.HANDSHAKE.create();
            case NOT_SURE -> VaadinIcon.QUESTION_CIRCLE_O.create();
            case WOULD_LEAVE_IT -> VaadinIcon.ARROW_FORWARD.create();
            case CAN_HELP -> VaadinIcon.GIFT.create();
            case COULD_USE_HELP -> VaadinIcon.HAND.create();
        };
        icon.addClassName("bk-reaction-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
