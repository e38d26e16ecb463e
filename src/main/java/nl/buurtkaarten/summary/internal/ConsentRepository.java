package nl.buurtkaarten.summary.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.buurtkaarten.summary.ContactsNow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who agreed to share their contact detail with whom. */
@Repository
public class ConsentRepository {

    private final JdbcClient jdbc;

    public ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(long meetingId, long from, long to, String contact, Instant now) {
        jdbc.sql(
                        "merge into contact_consent (meeting_id, from_participant, to_participant, contact, created_at) key (from_participant, to_participant) values (?, ?, ?, ?, ?)")
                .params(meetingId, from, to, contact, Timestamp.from(now))
                .update();
    }

    public void remove(long from, long to) {
        jdbc.sql("delete from contact_consent where from_participant = ? and to_participant = ?")
                .params(from, to)
                .update();
    }

    public Optional<String> contact(long from, long to) {
        return jdbc.sql("select contact from contact_consent where from_participant = ? and to_participant = ?")
                .params(from, to)
                .query(String.class)
                .optional();
    }

    /** Everyone this parent agreed to share with, and what they shared. */
    public Map<Long, String> sharedBy(long from) {
        return jdbc
                .sql("select to_participant, contact from contact_consent where from_participant = ?")
                .param(from)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every agreement to share in a meeting, for its live picture. */
    public List<ContactsNow.Consent> ofMeeting(long meetingId) {
        return jdbc.sql(
                        "select from_participant, to_participant, contact from contact_consent where meeting_id = ? order by from_participant, to_participant")
                .param(meetingId)
                .query((rs, row) -> new ContactsNow.Consent(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }
}
