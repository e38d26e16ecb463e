package nl.buurtkaarten.participation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Participation's part of the live picture: who has joined, in the order they joined. Every phone asks
 * {@link #includes} of every picture, so the ids are kept as a set: a lookup, not a search of the list.
 */
public final class Participants {

    private final List<Participant> all;
    private final Set<Long> ids;

    public Participants(List<Participant> all) {
        this.all = List.copyOf(all);
        this.ids = this.all.stream().map(Participant::id).collect(Collectors.toUnmodifiableSet());
    }

    public List<Participant> all() {
        return all;
    }

    public int count() {
        return all.size();
    }

    public boolean includes(long participantId) {
        return ids.contains(participantId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Participants participants && participants.all.equals(all);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    @Override
    public String toString() {
        return "Participants[all=" + all + "]";
    }
}
