package nl.buurtkaarten.participation;

import java.time.Instant;

/** A parent taking part in one meeting, known only by the nickname they chose. */
public record Participant(long id, long meetingId, String nickname, Instant joinedAt) {}
