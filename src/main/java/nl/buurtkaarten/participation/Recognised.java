package nl.buurtkaarten.participation;

/**
 * A parent recognised from the tokens their browser holds.
 *
 * @param token the token that recognised them, to use from now on in this meeting
 * @param fromOtherMeeting true when that was the token of another meeting (the follow-up recognises its parents by
 *     the token of the meeting before): the browser should keep it for this meeting too
 */
public record Recognised(Participant participant, String token, boolean fromOtherMeeting) {

    @Override
    public String toString() {
        return "Recognised[participant=" + participant.id() + ", fromOtherMeeting=" + fromOtherMeeting + "]";
    }
}
