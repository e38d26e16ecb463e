package nl.buurtkaarten.cards;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a card asks of the parents, and so how they answer it. */
public enum CardKind {
    /** An open question; answered with free text. */
    QUESTION("question"),
    /** A statement; answered with a reaction such as "herkenbaar", and optionally text. */
    STATEMENT("statement"),
    /** A situation or dilemma in the neighbourhood; answered with free text. */
    SITUATION("situation"),
    /** Invites parents to think of what they could offer or would like help with. */
    OFFER_PROMPT("offer-prompt");

    private final String fileValue;

    CardKind(String fileValue) {
        this.fileValue = fileValue;
    }

    /**
     * The pictures a parent taps in the low-literacy mode when a card of this kind names none of
     * its own: two or three, in the order they are shown.
     */
    public List<PictureChoice> defaultChoices() {
        return switch (this) {
            case STATEMENT -> List.of(PictureChoice.RECOGNISE, PictureChoice.PARTLY, PictureChoice.NOT_RECOGNISE);
            case QUESTION -> List.of(PictureChoice.KNOW_THIS, PictureChoice.WANT_TO_TALK, PictureChoice.RATHER_NOT);
            case SITUATION ->
                List.of(PictureChoice.WOULD_STEP_IN, PictureChoice.NOT_SURE, PictureChoice.WOULD_LEAVE_IT);
            case OFFER_PROMPT ->
                List.of(PictureChoice.CAN_HELP, PictureChoice.COULD_USE_HELP, PictureChoice.RATHER_NOT);
        };
    }

    /** The spelling used in deck files. */
    public String fileValue() {
        return fileValue;
    }

    public static Optional<CardKind> fromFileValue(String value) {
        return Arrays.stream(values())
                .filter(kind -> kind.fileValue.equals(value))
                .findFirst();
    }
}
