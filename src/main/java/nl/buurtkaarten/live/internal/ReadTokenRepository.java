package nl.buurtkaarten.live.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hashes of the meetings' read tokens, one per meeting. */
@Repository
public class ReadTokenRepository {

    private final JdbcClient jdbc;

    ReadTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the meeting's token hash, replacing the one before. */
    public void replace(long meetingId, String tokenHash, Instant createdAt) {
        jdbc.sql("delete from live_read_token where meeting_id = ?")
                .param(meetingId)
                .update();
        jdbc.sql("insert into live_read_token (meeting_id, token_hash, created_at) values (?, ?, ?)")
                .params(meetingId, tokenHash, Timestamp.from(createdAt))
                .update();
    }

    public Optional<String> hashOf(long meetingId) {
        return jdbc.sql("select token_hash from live_read_token where meeting_id = ?")
                .param(meetingId)
                .query(String.class)
                .optional();
    }

    public Optional<Instant> createdAt(long meetingId) {
        return jdbc.sql("select created_at from live_read_token where meeting_id = ?")
                .param(meetingId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }
}
