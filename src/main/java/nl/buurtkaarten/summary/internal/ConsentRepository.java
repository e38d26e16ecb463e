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

    /** Stores or replaces this parent's consent towards the other one. Standard SQL MERGE: H2 and PostgreSQL alike. */
    public void put(long meetingId, long from, long to, String contact, Instant now) {
        jdbc.sql("merge into contact_consent c "
                        + "using (select cast(:from as bigint) as from_participant, cast(:to as bigint) as to_participant) k "
                        + "on c.from_participant = k.from_participant and c.to_participant = k.to_participant "
                        + "when matched then update set meeting_id = :meeting, contact = :contact, created_at = :now "
                        + "when not matched then insert (meeting_id, from_participant, to_participant, contact, created_at) "
                        + "values (:meeting, k.from_participant, k.to_participant, :contact, :now)")
                .param("meeting", meetingId)
                .param("from", from)
                .param("to", to)
                .param("contact", contact)
                .param("now", Timestamp.from(now))
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
