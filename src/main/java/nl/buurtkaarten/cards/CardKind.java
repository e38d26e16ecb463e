package nl.buurtkaarten.cards;

import java.util.Arrays;
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

    /** The spelling used in deck files. */
    public String fileValue() {
        return fileValue;
    }

    public static Optional<CardKind> fromFileValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.fileValue.equals(value)).findFirst();
    }
}
