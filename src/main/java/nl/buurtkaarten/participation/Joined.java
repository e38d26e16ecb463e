package nl.buurtkaarten.participation;

/**
 * The outcome of joining: the new participant and the secret token that lets their browser come
 * back as them. The token is shown to nobody and stored only as a hash.
 */
public record Joined(Participant participant, String token) {

    @Override
    public String toString() {
        return "Joined[participant=" + participant.id() + "]";
    }
}
