package nl.buurtkaarten.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.buurtkaarten.cards.SupportKind;

/**
 * Support's part of the live picture: every offer and request of the meeting. Shared screens show
 * only {@link #counts()}; a parent's phone shows {@link #of} its own.
 */
public record SupportNow(List<SupportItem> items) {

    public SupportNow {
        items = List.copyOf(items);
    }

    /** One parent's own offers and requests, in the order they were made. */
    public List<SupportItem> of(long participantId) {
        return items.stream()
                .filter(item -> item.participantId() == participantId)
                .toList();
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
}
