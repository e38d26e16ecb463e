package nl.buurtkaarten.support.matching;

import java.util.Locale;

/**
 * Why a match fits. The UI turns a kind and its {@link Reason#arguments() arguments} into words with a
 * message bundle, e.g. key {@code matching.reason.both-free} with the slots as arguments.
 */
public enum ReasonKind {
    /** Offer and request are about the same topic. Arguments: the topic's name, plus the free text for OTHER. */
    SAME_TOPIC,
    /** Offer and request are the same kind of support. Argument: the {@code SupportKind}'s name. */
    SAME_KIND_OF_SUPPORT,
    /** Both gave times and these overlap. Arguments: the shared slots, e.g. {@code TUESDAY:AFTERNOON}, in week order. */
    BOTH_FREE,
    /** Neither gave a time. No arguments. */
    ANY_TIME,
    /** The helper can come any time. Arguments: the receiver's slots. */
    HELPER_ANY_TIME,
    /** The receiver is fine with any time. Arguments: the helper's slots. */
    RECEIVER_ANY_TIME,
    /** Both gave the same street or area. Argument: the area as the receiver wrote it. */
    SAME_AREA,
    /** Neither gave an area. No arguments. */
    ANY_AREA,
    /** The helper can help anywhere. Argument: the receiver's area. */
    HELPER_ANY_AREA,
    /** The receiver has no area. Argument: the helper's area. */
    RECEIVER_ANY_AREA,
    /**
     * Give and take: the receiver offers something the helper asked for. Arguments: the topic of that offer, plus
     * its free text for OTHER. The two need not be matched that way too.
     */
    GIVE_AND_TAKE;

    /** The key for the UI's message bundle, e.g. {@code matching.reason.both-free}. */
    public String messageKey() {
        return "matching.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
