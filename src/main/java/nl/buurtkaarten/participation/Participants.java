package nl.buurtkaarten.participation;

import java.util.List;

/** Participation's part of the live picture: who has joined, in the order they joined. */
public record Participants(List<Participant> all) {

    public Participants {
        all = List.copyOf(all);
    }

    public int count() {
        return all.size();
    }

    public boolean includes(long participantId) {
        return all.stream().anyMatch(participant -> participant.id() == participantId);
    }
}
