package nl.buurtkaarten.support;

import java.util.Set;
import nl.buurtkaarten.cards.SupportKind;

/** What a parent fills in for an offer or a request; checked by {@link SupportService}. */
public record SupportDraft(
        Direction direction,
        SupportKind kind,
        Topic topic,
        String otherTopic,
        Set<Slot> when,
        String area,
        String note) {

    public SupportDraft {
        when = when == null ? Set.of() : Set.copyOf(when);
    }
}
