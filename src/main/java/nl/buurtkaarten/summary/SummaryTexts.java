package nl.buurtkaarten.summary;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.TimePhrase;
import nl.buurtkaarten.support.Topic;
import nl.buurtkaarten.support.matching.Reason;
import nl.buurtkaarten.support.matching.ReasonKind;

/**
 * Turns pairs, matching reasons and topics into plain words in the reader's language: one place, so the projector,
 * the phones, the CSV and the PDF say the same thing about a pair. A pair on the asked topic says who can help whom
 * with it; a suggestion (same kind of support, another topic) names what the helper really offered and asks whether
 * they might help with the request too.
 */
public final class SummaryTexts {

    /** Looks up a message-bundle text: a view's getTranslation, or a bundle for a PDF. */
    @FunctionalInterface
    public interface Texts extends TimePhrase.Texts {}

    private SummaryTexts() {}

    public static String topic(Texts context, SupportItem item) {
        return item.topic() == Topic.OTHER && item.otherTopic() != null
                ? item.otherTopic()
                : context.text(item.topic().messageKey());
    }

    /**
     * The pair for the whole group: "Amina kan Joost helpen met oppassen", or for a suggestion "Piet helpt met
     * huiswerk. Misschien kan Piet Mehmet ook helpen met taal en formulieren?".
     */
    public static String pair(Texts context, SuggestedMatch match) {
        return pair(context, match, UnaryOperator.identity());
    }

    /**
     * {@link #pair(Texts, SuggestedMatch)} with each value someone typed or chose (nickname, topic) passed through
     * {@code value} first, e.g. to isolate it as a unit of its own in a right-to-left PDF.
     */
    public static String pair(Texts context, SuggestedMatch match, UnaryOperator<String> value) {
        String helper = value.apply(match.helper().nickname());
        String receiver = value.apply(match.receiver().nickname());
        String asked = value.apply(topicInSentence(context, match.request()));
        if (match.suggestion()) {
            return context.text(
                    "summary.suggestion",
                    helper,
                    receiver,
                    value.apply(topicInSentence(context, match.offer())),
                    asked);
        }
        return context.text("summary.match", helper, receiver, asked);
    }

    /** The pair seen by one of its two parents on their phone. */
    public static String pairFor(Texts context, SuggestedMatch match, long participantId) {
        String other = match.otherThan(participantId).nickname();
        String asked = topicInSentence(context, match.request());
        boolean giving = match.helper().id() == participantId;
        if (match.suggestion()) {
            return context.text(
                    giving ? "summary.suggestion.you-help" : "summary.suggestion.helps-you",
                    other,
                    topicInSentence(context, match.offer()),
                    asked);
        }
        return context.text(giving ? "personal.help-with" : "personal.helped-with", other, asked);
    }

    /** A topic inside a sentence: the app's own labels in lower case, a parent's own words as they typed them. */
    static String topicInSentence(Texts context, SupportItem item) {
        String topic = topic(context, item);
        return item.topic() == Topic.OTHER && item.otherTopic() != null ? topic : lower(topic);
    }

    /** For the CSV: a pair on the asked topic, or an idea (another topic, not offered). */
    public static String fit(Texts context, SuggestedMatch match) {
        return context.text(match.suggestion() ? "summary.csv.fit.suggestion" : "summary.csv.fit.topic");
    }

    /** "Allebei over oppassen · allebei op dinsdagmiddag vrij · allebei in De Linde". */
    public static String reasons(Texts context, List<Reason> reasons) {
        boolean sameTopic = reasons.stream().anyMatch(reason -> reason.kind() == ReasonKind.SAME_TOPIC);
        return reasons.stream()
                // "Any time" and "anywhere" say little; the kind of support adds nothing to the same topic.
                .filter(reason -> reason.kind() != ReasonKind.ANY_TIME && reason.kind() != ReasonKind.ANY_AREA)
                .filter(reason -> !(sameTopic && reason.kind() == ReasonKind.SAME_KIND_OF_SUPPORT))
                .map(reason -> reason(context, reason))
                .collect(Collectors.joining(" · "));
    }

    static String reason(Texts context, Reason reason) {
        List<String> arguments = reason.arguments();
        String argument = switch (reason.kind()) {
            case SAME_TOPIC, GIVE_AND_TAKE ->
                arguments.size() > 1
                        ? arguments.get(1)
                        : lower(context.text("topic." + arguments.getFirst().toLowerCase(Locale.ROOT)));
            case SAME_KIND_OF_SUPPORT ->
                lower(context.text("support." + arguments.getFirst().toLowerCase(Locale.ROOT)));
            case BOTH_FREE, HELPER_ANY_TIME, RECEIVER_ANY_TIME -> TimePhrase.ofArguments(arguments, context);
            case SAME_AREA, HELPER_ANY_AREA, RECEIVER_ANY_AREA -> arguments.getFirst();
            case ANY_TIME, ANY_AREA -> "";
        };
        return context.text(key(reason.kind()), argument);
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    private static String key(ReasonKind kind) {
        return kind.messageKey();
    }
}
