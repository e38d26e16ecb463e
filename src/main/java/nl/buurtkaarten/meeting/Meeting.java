package nl.buurtkaarten.meeting;

import java.time.Instant;
import java.util.List;

/** A meeting as the facilitator opened it. */
public record Meeting(
        long id,
        String title,
        String language,
        String joinCode,
        MeetingStatus status,
        String owner,
        boolean answersVisible,
        int drawRound,
        Long currentDrawId,
        List<String> deckIds,
        Instant createdAt,
        Instant closedAt,
        boolean summaryVisible,
        Long previousMeetingId,
        boolean locked) {

    public Meeting {
        deckIds = List.copyOf(deckIds);
    }

    public boolean isOpen() {
        return status == MeetingStatus.OPEN;
    }

    /** Whether "who could support whom" is shown: on request of the facilitator, and always once closed. */
    public boolean showsSummary() {
        return summaryVisible || !isOpen();
    }

    /** The join code grouped for reading aloud. */
    public String displayCode() {
        return JoinCode.format(joinCode);
    }
}
