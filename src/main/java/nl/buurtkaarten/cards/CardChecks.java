package nl.buurtkaarten.cards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings for a card that loads but could be easier for a room of parents: more than one
 * question, Dutch above B1 by two rough measures, or a situation without a tip for the
 * facilitator. A warning never keeps a deck from loading. The same checks run for deck files
 * ({@code internal.DeckFileReader}, {@link ValidateDecks}) and in the editor while typing.
 */
public final class CardChecks {

    /** A Dutch word with more letters than this is hard to read for many parents. */
    public static final int MAX_WORD_LETTERS = 15;
    /** A Dutch sentence with more words than this is hard to follow when read aloud. */
    public static final int MAX_SENTENCE_WORDS = 18;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");

    /** One warning: which field ("text" or "notes"), a message-bundle key and its arguments. */
    public record Finding(String field, String messageKey, List<String> arguments) {

        public Finding {
            arguments = List.copyOf(arguments);
        }
    }

    private CardChecks() {}

    /** The warnings for a card with this kind, Dutch text and Dutch notes (either may be null or blank). */
    public static List<Finding> check(CardKind kind, String dutchText, String dutchNotes) {
        List<Finding> findings = new ArrayList<>();
        String text = dutchText == null ? "" : dutchText.strip();
        long questions = text.chars().filter(c -> c == '?').count();
        if (questions > 1) {
            findings.add(new Finding("text", "deck.problem.many-questions", List.of(String.valueOf(questions))));
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (word.group().length() > MAX_WORD_LETTERS) {
                findings.add(new Finding(
                        "text", "deck.problem.long-word", List.of(word.group(), String.valueOf(MAX_WORD_LETTERS))));
            }
        }
        for (String sentence : SENTENCE_END.split(text)) {
            long words = sentence.isBlank()
                    ? 0
                    : Arrays.stream(sentence.strip().split("\\s+"))
                            .filter(CardChecks::hasLetterOrDigit)
                            .count();
            if (words > MAX_SENTENCE_WORDS) {
                findings.add(new Finding(
                        "text",
                        "deck.problem.long-sentence",
                        List.of(String.valueOf(words), String.valueOf(MAX_SENTENCE_WORDS), opening(sentence))));
            }
        }
        if (kind == CardKind.SITUATION && (dutchNotes == null || dutchNotes.isBlank())) {
            findings.add(new Finding("notes", "deck.problem.no-notes", List.of()));
        }
        return findings;
    }

    private static boolean hasLetterOrDigit(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The first few words of a sentence, so a long text shows which sentence is meant. */
    private static String opening(String sentence) {
        String[] words = sentence.strip().split("\\s+");
        return words.length <= 4 ? sentence.strip() : String.join(" ", Arrays.copyOf(words, 4)) + " …";
    }
}
