package nl.buurtkaarten.cards;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a native speaker has checked a deck's texts in one language. Dutch is the source and
 * has no mark. Shown to facilitators and editors, never to parents.
 */
public enum TranslationReview {
    /** Written or changed without a native speaker's check yet. */
    NEEDED,
    /** A native speaker read every card in this language. */
    DONE;

    /** The spelling used in deck files. */
    public String fileValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TranslationReview> fromFileValue(String value) {
        return Arrays.stream(values())
                .filter(review -> review.fileValue().equals(value))
                .findFirst();
    }
}
