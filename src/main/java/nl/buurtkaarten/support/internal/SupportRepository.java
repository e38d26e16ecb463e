package nl.buurtkaarten.support.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The support feature's tables: support_item and meeting_area. */
@Repository
public class SupportRepository {

    private static final String COLUMNS =
            "id, meeting_id, participant_id, direction, support_kind, topic, other_topic, slots, area, note";

    private final JdbcClient jdbc;

    public SupportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long meetingId, long participantId, SupportDraft draft, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into support_item (meeting_id, participant_id, direction, support_kind, topic, other_topic, slots, area, note, created_at, updated_at) "
                                + "values (:meeting, :participant, :direction, :kind, :topic, :other, :slots, :area, :note, :now, :now)")
                .param("meeting", meetingId)
                .param("participant", participantId)
                .param("direction", draft.direction().name())
                .param("kind", draft.kind().name())
                .param("topic", draft.topic().name())
                .param("other", draft.otherTopic())
                .param("slots", slots(draft.when()))
                .param("area", draft.area())
                .param("note", draft.note())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public void update(long id, SupportDraft draft, Instant now) {
        jdbc.sql(
                        "update support_item set direction = :direction, support_kind = :kind, topic = :topic, other_topic = :other, "
                                + "slots = :slots, area = :area, note = :note, updated_at = :now where id = :id")
                .param("direction", draft.direction().name())
                .param("kind", draft.kind().name())
                .param("topic", draft.topic().name())
                .param("other", draft.otherTopic())
                .param("slots", slots(draft.when()))
                .param("area", draft.area())
                .param("note", draft.note())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("delete from support_item where id = ?").param(id).update();
    }

    public Optional<SupportItem> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from support_item where id = ?")
                .param(id)
                .query(this::item)
                .optional();
    }

    public List<SupportItem> ofParticipant(long participantId) {
        return jdbc.sql("select " + COLUMNS + " from support_item where participant_id = ? order by id")
                .param(participantId)
                .query(this::item)
                .list();
    }

    public List<SupportItem> ofMeeting(long meetingId) {
        return jdbc.sql("select " + COLUMNS + " from support_item where meeting_id = ? order by id")
                .param(meetingId)
                .query(this::item)
                .list();
    }

    /** Copies an item into a follow-up meeting, for the copy of its parent there. */
    public void copy(SupportItem item, long meetingId, long participantId, Instant now) {
        insert(
                meetingId,
                participantId,
                new SupportDraft(
                        item.direction(),
                        item.kind(),
                        item.topic(),
                        item.otherTopic(),
                        item.when(),
                        item.area(),
                        item.note()),
                now);
    }

    public List<String> areas(long meetingId) {
        return jdbc.sql("select name from meeting_area where meeting_id = ? order by position")
                .param(meetingId)
                .query(String.class)
                .list();
    }

    public void replaceAreas(long meetingId, List<String> names) {
        jdbc.sql("delete from meeting_area where meeting_id = ?")
                .param(meetingId)
                .update();
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("insert into meeting_area (meeting_id, position, name) values (?, ?, ?)")
                    .params(meetingId, i, names.get(i))
                    .update();
        }
    }

    private SupportItem item(ResultSet rs, int row) throws SQLException {
        return new SupportItem(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getLong("participant_id"),
                Direction.valueOf(rs.getString("direction")),
                SupportKind.valueOf(rs.getString("support_kind")),
                Topic.valueOf(rs.getString("topic")),
                rs.getString("other_topic"),
                slots(rs.getString("slots")),
                rs.getString("area"),
                rs.getString("note"));
    }

    static String slots(Set<Slot> slots) {
        return slots.stream().sorted().map(Slot::asArgument).collect(Collectors.joining(","));
    }

    static Set<Slot> slots(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(Slot::fromArgument).collect(Collectors.toUnmodifiableSet());
    }
}
