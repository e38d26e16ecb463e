package nl.buurtkaarten.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Participant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The participation feature's tables: participant and answer. */
@Repository
public class ParticipationRepository {

    private static final String ANSWER_SELECT =
            "select a.id, a.participant_id, a.draw_id, a.text, a.reaction, a.show_name, "
                    + "a.hidden, a.created_at, p.nickname from answer a join participant p on p.id = a.participant_id ";

    private final JdbcClient jdbc;

    public ParticipationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The nickname of the parent in this meeting whose name has this key (its look-alike skeleton), if any. */
    public Optional<String> nicknameWithKey(long meetingId, String nicknameKey) {
        return jdbc.sql("select nickname from participant where meeting_id = ? and nickname_key = ?")
                .params(meetingId, nicknameKey)
                .query(String.class)
                .optional();
    }

    public long insertParticipant(long meetingId, String nickname, String nicknameKey, String tokenHash, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into participant (meeting_id, nickname, nickname_key, token_hash, joined_at) "
                        + "values (:meeting, :nickname, :key, :token, :now)")
                .param("meeting", meetingId)
                .param("nickname", nickname)
                .param("key", nicknameKey)
                .param("token", tokenHash)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Copies a parent into a follow-up meeting; the copy is found through the original's token. */
    public long insertCarriedOver(
            long meetingId, Participant original, String nicknameKey, String unusableTokenHash, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into participant (meeting_id, nickname, nickname_key, token_hash, joined_at, carried_from) "
                        + "values (:meeting, :nickname, :key, :token, :now, :from)")
                .param("meeting", meetingId)
                .param("nickname", original.nickname())
                .param("key", nicknameKey)
                .param("token", unusableTokenHash)
                .param("now", Timestamp.from(now))
                .param("from", original.id())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public void deleteParticipant(long participantId) {
        jdbc.sql("delete from participant where id = ?").param(participantId).update();
    }

    /** The copy of a parent that a follow-up meeting made, if any. */
    public Optional<Participant> findCarriedFrom(long participantId) {
        return jdbc.sql("select id, meeting_id, nickname, joined_at from participant where carried_from = ?")
                .param(participantId)
                .query(this::participant)
                .optional();
    }

    public Optional<Participant> findByTokenHash(String tokenHash) {
        return jdbc.sql("select id, meeting_id, nickname, joined_at from participant where token_hash = ?")
                .param(tokenHash)
                .query(this::participant)
                .optional();
    }

    public List<Participant> participants(long meetingId) {
        return jdbc.sql(
                        "select id, meeting_id, nickname, joined_at from participant where meeting_id = ? order by joined_at, id")
                .param(meetingId)
                .query(this::participant)
                .list();
    }

    public long insertAnswer(
            long participantId, long drawId, String text, PictureChoice reaction, boolean showName, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into answer (participant_id, draw_id, text, reaction, show_name, hidden, created_at, updated_at) "
                                + "values (:participant, :draw, :text, :reaction, :showName, false, :now, :now)")
                .param("participant", participantId)
                .param("draw", drawId)
                .param("text", text)
                .param("reaction", reaction == null ? null : reaction.name())
                .param("showName", showName)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public void updateAnswer(long answerId, String text, PictureChoice reaction, boolean showName, Instant now) {
        jdbc.sql("update answer set text = ?, reaction = ?, show_name = ?, updated_at = ? where id = ?")
                .params(text, reaction == null ? null : reaction.name(), showName, Timestamp.from(now), answerId)
                .update();
    }

    public void deleteAnswer(long answerId) {
        jdbc.sql("delete from answer where id = ?").param(answerId).update();
    }

    public void setHidden(long answerId, boolean hidden) {
        jdbc.sql("update answer set hidden = ? where id = ?")
                .params(hidden, answerId)
                .update();
    }

    public Optional<Answer> findAnswer(long answerId) {
        return jdbc.sql(ANSWER_SELECT + "where a.id = ?")
                .param(answerId)
                .query(this::answer)
                .optional();
    }

    public List<Answer> answersTo(long drawId) {
        return jdbc.sql(ANSWER_SELECT + "where a.draw_id = ? order by a.created_at, a.id")
                .param(drawId)
                .query(this::answer)
                .list();
    }

    public List<Answer> answersOf(long participantId, long drawId) {
        return jdbc.sql(ANSWER_SELECT + "where a.participant_id = ? and a.draw_id = ? order by a.created_at, a.id")
                .params(participantId, drawId)
                .query(this::answer)
                .list();
    }

    private Participant participant(ResultSet rs, int row) throws SQLException {
        return new Participant(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getString("nickname"),
                rs.getTimestamp("joined_at").toInstant());
    }

    private Answer answer(ResultSet rs, int row) throws SQLException {
        String reaction = rs.getString("reaction");
        return new Answer(
                rs.getLong("id"),
                rs.getLong("participant_id"),
                rs.getLong("draw_id"),
                rs.getString("text"),
                reaction == null ? null : PictureChoice.valueOf(reaction),
                rs.getBoolean("show_name"),
                rs.getBoolean("hidden"),
                rs.getString("nickname"),
                rs.getTimestamp("created_at").toInstant());
    }
}
