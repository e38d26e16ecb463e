package nl.buurtkaarten.support.matching;

import java.util.Objects;
import java.util.Set;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.Topic;

/**
 * "Ik zou hulp kunnen gebruiken bij ...": what one parent asks for.
 *
 * @param id unique among the requests passed to one {@link Matcher#match} call
 * @param participantId the parent who asks
 * @param otherTopic the parent's own words when {@code topic} is {@link Topic#OTHER}; null or ignored otherwise
 * @param when the parts of the week the help is wanted; empty means any time
 * @param area street or area; null or blank means anywhere
 */
public record Request(
        long id, long participantId, SupportKind kind, Topic topic, String otherTopic, Set<Slot> when, String area) {

    public Request {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topic, "topic");
        when = when == null ? Set.of() : Set.copyOf(when);
    }

    /** A request of the topic's default kind, any time, anywhere. */
    public Request(long id, long participantId, Topic topic) {
        this(id, participantId, topic.defaultKind(), topic, null, Set.of(), null);
    }
}
