package nl.buurtkaarten.support;

import java.util.Locale;
import nl.buurtkaarten.cards.SupportKind;

/**
 * What an offer or request is about. {@link #OTHER} comes with a free text (see {@link SupportItem#otherTopic()}).
 */
public enum Topic {
    BABYSITTING(SupportKind.PRACTICAL),
    SCHOOL_RUN(SupportKind.PRACTICAL),
    HOMEWORK(SupportKind.INFORMATIVE),
    SHOPPING(SupportKind.PRACTICAL),
    COOKING(SupportKind.PRACTICAL),
    TRANSPORT(SupportKind.PRACTICAL),
    LANGUAGE_AND_FORMS(SupportKind.INFORMATIVE),
    LISTENING_EAR(SupportKind.EMOTIONAL),
    DOING_THINGS_TOGETHER(SupportKind.CONNECTION),
    PARENTING_ADVICE(SupportKind.NORMATIVE),
    OTHER(SupportKind.PRACTICAL);

    private final SupportKind defaultKind;

    Topic(SupportKind defaultKind) {
        this.defaultKind = defaultKind;
    }

    /** The kind of support the app suggests for this topic; a parent may choose another. */
    public SupportKind defaultKind() {
        return defaultKind;
    }

    /** The message-bundle key of its label, e.g. {@code topic.listening_ear}. */
    public String messageKey() {
        return "topic." + name().toLowerCase(Locale.ROOT);
    }
}
