package nl.buurtkaarten.participation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The answers to the card on the screen, in the live picture: all of them, hidden ones too; each
 * screen takes what its user may see ({@link #visible()} for shared screens, {@link #of} for a
 * parent's own).
 */
public final class AnswersNow {

    private final long drawId;
    private final List<Answer> all;
    private final Map<Long, List<Answer>> byParticipant;

    public AnswersNow(long drawId, List<Answer> all) {
        this.drawId = drawId;
        this.all = List.copyOf(all);
        this.byParticipant = this.all.stream().collect(Collectors.groupingBy(Answer::participantId));
    }

    /** The draw these answers belong to; 0 when no card is on the screen. */
    public long drawId() {
        return drawId;
    }

    public List<Answer> all() {
        return all;
    }

    /** What the projector may show: without the answers the facilitator hid. */
    public List<Answer> visible() {
        return all.stream().filter(answer -> !answer.hidden()).toList();
    }

    /** One parent's own answers, hidden ones included. */
    public List<Answer> of(long participantId) {
        return byParticipant.getOrDefault(participantId, List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnswersNow answers && answers.drawId == drawId && answers.all.equals(all);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(drawId) * 31 + all.hashCode();
    }
}
