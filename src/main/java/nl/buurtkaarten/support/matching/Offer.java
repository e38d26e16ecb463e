package nl.buurtkaarten.support.matching;

import java.util.Objects;
import java.util.Set;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.Topic;

/**
 * "Ik kan helpen met ...": what one parent offers.
 *
 * @param id unique among the offers passed to one {@link Matcher#match} call
 * @param participantId the parent who offers
 * @param otherTopic the parent's own words when {@code topic} is {@link Topic#OTHER}; null or ignored otherwise
 * @param when the parts of the week the parent is free; empty means any time
 * @param area street or area; null or blank means anywhere
 */
public record Offer(
        long id, long participantId, SupportKind kind, Topic topic, String otherTopic, Set<Slot> when, String area) {

    public Offer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topic, "topic");
        when = when == null ? Set.of() : Set.copyOf(when);
    }

    /** An offer of the topic's default kind, any time, anywhere. */
    public Offer(long id, long participantId, Topic topic) {
        this(id, participantId, topic.defaultKind(), topic, null, Set.of(), null);
    }
}
