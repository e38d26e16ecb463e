package nl.buurtkaarten.cards;

import java.util.Arrays;
import java.util.Optional;

/**
 * A picture a parent can tap to answer a card in the low-literacy mode. Each card kind has a small
 * default set ({@link CardKind#defaultChoices()}); a card may name its own set in its deck file
 * ({@code choices: [..]}). The word under each picture comes from the message bundles,
 * {@code choice.<file value>}.
 */
public enum PictureChoice {
    RECOGNISE("recognise"),
    PARTLY("partly"),
    NOT_RECOGNISE("not-recognise"),
    KNOW_THIS("know-this"),
    WANT_TO_TALK("want-to-talk"),
    RATHER_NOT("rather-not"),
    WOULD_STEP_IN("would-step-in"),
    NOT_SURE("not-sure"),
    WOULD_LEAVE_IT("would-leave-it"),
    CAN_HELP("can-help"),
    COULD_USE_HELP("could-use-help");

    /** A card names at least this many choices when it names its own. */
    public static final int MIN_PER_CARD = 2;
    /** A card names at most this many, so they fit side by side on a small phone. */
    public static final int MAX_PER_CARD = 4;

    private final String fileValue;

    PictureChoice(String fileValue) {
        this.fileValue = fileValue;
    }

    /** The spelling used in deck files, in picture file names and in {@code choice.<value>} keys. */
    public String fileValue() {
        return fileValue;
    }

    public static Optional<PictureChoice> fromFileValue(String value) {
        return Arrays.stream(values())
                .filter(choice -> choice.fileValue.equals(value))
                .findFirst();
    }
}
