package nl.buurtkaarten.support;

import java.util.Locale;

/** A part of a day in which a parent is free. */
public enum PartOfDay {
    MORNING,
    AFTERNOON,
    EVENING;

    /** The message-bundle key of its label, e.g. {@code part.morning}. */
    public String messageKey() {
        return "part." + name().toLowerCase(Locale.ROOT);
    }
}
