package nl.buurtkaarten.support.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.buurtkaarten.support.Topic;

/** Every topic has a picture, so a parent can choose without reading. */
public final class TopicIcons {

    private TopicIcons() {}

    public static Icon of(Topic topic) {
        Icon icon = switch (topic) {
            case BABYSITTING -> VaadinIcon.CHILD.create();
            case SCHOOL_RUN -> VaadinIcon.FAMILY.create();
            case HOMEWORK -> VaadinIcon.OPEN_BOOK.create();
            case SHOPPING -> VaadinIcon.CART.create();
            case COOKING -> VaadinIcon.CUTLERY.create();
            case TRANSPORT -> VaadinIcon.CAR.create();
            case LANGUAGE_AND_FORMS -> VaadinIcon.FILE_TEXT.create();
            case LISTENING_EAR -> VaadinIcon.COMMENTS.create();
            case DOING_THINGS_TOGETHER -> VaadinIcon.GROUP.create();
            case PARENTING_ADVICE -> VaadinIcon.LIGHTBULB.create();
            case OTHER -> VaadinIcon.ELLIPSIS_CIRCLE.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("bk-topic-icon");
        return icon;
    }
}
