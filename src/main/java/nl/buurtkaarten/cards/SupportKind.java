package nl.buurtkaarten.cards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five kinds of social support from the sources. */
public enum SupportKind {
    EMOTIONAL,
    PRACTICAL,
    INFORMATIVE,
    NORMATIVE,
    CONNECTION;

    /** The spelling used in deck files. */
    public String fileValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SupportKind> fromFileValue(String value) {
        return Arrays.stream(values())
                .filter(kind -> kind.fileValue().equals(value))
                .findFirst();
    }
}
