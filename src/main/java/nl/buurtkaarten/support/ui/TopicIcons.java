package nl.buurtkaarten.support.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.support.Topic;

/** Every topic has a picture, so a parent can choose without reading. */
public final class TopicIcons {

    private TopicIcons() {}

    public static SvgIcon of(Topic topic) {
        PhoneIcon picture = switch (topic) {
            case BABYSITTING -> PhoneIcon.CHILD;
            case SCHOOL_RUN -> PhoneIcon.FAMILY;
            case HOMEWORK -> PhoneIcon.OPEN_BOOK;
            case SHOPPING -> PhoneIcon.CART;
            case COOKING -> PhoneIcon.CUTLERY;
            case TRANSPORT -> PhoneIcon.CAR;
            case LANGUAGE_AND_FORMS -> PhoneIcon.FILE_TEXT;
            case LISTENING_EAR -> PhoneIcon.COMMENTS;
            case DOING_THINGS_TOGETHER -> PhoneIcon.GROUP;
            case PARENTING_ADVICE -> PhoneIcon.LIGHTBULB;
            case OTHER -> PhoneIcon.ELLIPSIS_CIRCLE;
        };
        SvgIcon icon = picture.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("bk-topic-icon");
        return icon;
    }
}
