package nl.buurtkaarten.cards;

import java.util.List;

/**
 * Why a deck could not be used. The message is a message-bundle key with arguments, so the
 * facilitator reads it in their own language.
 *
 * @param file the file, relative to the cards folder
 * @param line the line in that file, or 0 when the problem concerns the whole file
 */
public record DeckProblem(String file, int line, String messageKey, List<String> arguments) {

    public DeckProblem {
        arguments = List.copyOf(arguments);
    }
}
