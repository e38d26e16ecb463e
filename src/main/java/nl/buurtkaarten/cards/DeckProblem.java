package nl.buurtkaarten.cards;

import java.util.List;

/**
 * Why a deck could not be used, or, as a warning, what in a usable deck should be improved. The
 * message is a message-bundle key with arguments, so the reader sees it in their own language.
 *
 * @param file the file, relative to the cards folder
 * @param line the line in that file, or 0 when the problem concerns the whole file
 */
public record DeckProblem(String file, int line, String messageKey, List<String> arguments, Severity severity) {

    /** An error keeps a deck from loading; a warning does not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public DeckProblem {
        arguments = List.copyOf(arguments);
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** An error. */
    public DeckProblem(String file, int line, String messageKey, List<String> arguments) {
        this(file, line, messageKey, arguments, Severity.ERROR);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }
}
