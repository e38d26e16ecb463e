package nl.buurtkaarten.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.buurtkaarten.cards.SupportKind;

/**
 * Support's part of the live picture: every offer and request of the meeting. Shared screens show
 * only {@link #counts()}; a parent's phone shows {@link #of} its own. Every phone asks for its own
 * items of every picture, so they are grouped once per picture: a lookup, not a search of all items.
 */
public final class SupportNow {

    private final List<SupportItem> items;
    private final Map<Long, List<SupportItem>> byParticipant;

    public SupportNow(List<SupportItem> items) {
        this.items = List.copyOf(items);
        this.byParticipant = this.items.stream()
                .collect(Collectors.groupingBy(
                        SupportItem::participantId, Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    public List<SupportItem> items() {
        return items;
    }

    /** One parent's own offers and requests, in the order they were made. */
    public List<SupportItem> of(long participantId) {
        return byParticipant.getOrDefault(participantId, List.of());
    }

    /** Offers and requests per kind of support: what the projector may show. */
    public Map<SupportKind, SupportCounts> counts() {
        Map<SupportKind, SupportCounts> counts = new EnumMap<>(SupportKind.class);
        for (SupportKind kind : SupportKind.values()) {
            int offers = 0;
            int requests = 0;
            for (SupportItem item : items) {
                if (item.kind() == kind) {
                    if (item.direction() == Direction.OFFER) {
                        offers++;
                    } else {
                        requests++;
                    }
                }
            }
            counts.put(kind, new SupportCounts(offers, requests));
        }
        return counts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SupportNow support && support.items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return "SupportNow[items=" + items + "]";
    }
}
