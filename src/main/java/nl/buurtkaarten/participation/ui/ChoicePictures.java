package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.cards.PictureChoice;

/**
 * The picture of each answer a parent can tap, so that it can be chosen without reading. The same
 * picture stands for the same idea everywhere: the gift for offering help, the hand for asking, as
 * on the phone's offer and request buttons.
 */
final class ChoicePictures {

    private ChoicePictures() {}

    static SvgIcon of(PictureChoice choice) {
        PhoneIcon picture = switch (choice) {
            case RECOGNISE -> PhoneIcon.THUMBS_UP;
            case PARTLY -> PhoneIcon.ADJUST;
            case NOT_RECOGNISE -> PhoneIcon.THUMBS_DOWN;
            case KNOW_THIS -> PhoneIcon.CHECK_CIRCLE;
            case WANT_TO_TALK -> PhoneIcon.COMMENTS;
            case RATHER_NOT -> PhoneIcon.MINUS_CIRCLE_O;
            case WOULD_STEP_IN -> PhoneIcon.HANDSHAKE;
            case NOT_SURE -> PhoneIcon.QUESTION_CIRCLE_O;
            case WOULD_LEAVE_IT -> PhoneIcon.ARROW_FORWARD;
            case CAN_HELP -> PhoneIcon.GIFT;
            case COULD_USE_HELP -> PhoneIcon.HAND;
        };
        SvgIcon icon = picture.create();
        icon.addClassName("bk-reaction-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
