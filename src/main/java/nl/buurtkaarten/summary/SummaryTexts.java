package nl.buurtkaarten.summary;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.matching.Reason;
import nl.buurtkaarten.support.matching.ReasonKind;
import nl.buurtkaarten.support.matching.Topic;

/** Turns matching reasons and topics into plain words in the reader's language. */
public final class SummaryTexts {

    /** Looks up a message-bundle text: a view's getTranslation, or a bundle for a PDF. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... arguments);
    }

    private SummaryTexts() {}

    public static String topic(Texts context, SupportItem item) {
        return item.topic() == Topic.OTHER && item.otherTopic() != null ? item.otherTopic()
                : context.text("topic." + item.topic().name().toLowerCase(Locale.ROOT));
    }

    /** "Allebei over oppassen · allebei vrij op di-middag · allebei in De Linde". */
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
            case SAME_TOPIC, GIVE_AND_TAKE -> arguments.size() > 1 ? arguments.get(1)
                    : lower(context, context.text("topic." + arguments.getFirst().toLowerCase(Locale.ROOT)));
            case SAME_KIND_OF_SUPPORT -> lower(context, context.text("support." + arguments.getFirst().toLowerCase(Locale.ROOT)));
            case BOTH_FREE, HELPER_ANY_TIME, RECEIVER_ANY_TIME -> slots(context, arguments);
            case SAME_AREA, HELPER_ANY_AREA, RECEIVER_ANY_AREA -> arguments.getFirst();
            case ANY_TIME, ANY_AREA -> "";
        };
        return context.text(key(reason.kind()), argument);
    }

    private static String lower(Texts context, String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    private static String key(ReasonKind kind) {
        return kind.messageKey();
    }

    private static String slots(Texts context, List<String> slots) {
        return slots.stream().map(slot -> {
            String[] parts = slot.split(":");
            return context.text("day.short." + parts[0].toLowerCase(Locale.ROOT)) + "-"
                    + context.text("part." + parts[1].toLowerCase(Locale.ROOT));
        }).collect(Collectors.joining(", "));
    }
}
