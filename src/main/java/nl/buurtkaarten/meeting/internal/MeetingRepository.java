package nl.buurtkaarten.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.buurtkaarten.cards.Card;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingStatus;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The meeting feature's tables: meeting, meeting_deck, draw and draw_text. */
@Repository
public class MeetingRepository {

    private static final String MEETING_COLUMNS =
            "id, title, language, join_code, status, owner, answers_visible, draw_round, current_draw_id, created_at, closed_at, summary_visible, previous_meeting_id, locked";
    private static final String DRAW_COLUMNS =
            "id, meeting_id, seq, deck_id, card_id, card_kind, support_kind, theme, skipped, drawn_at, choices";

    private final JdbcClient jdbc;

    public MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertMeeting(
            String title,
            String language,
            String joinCode,
            String owner,
            List<String> deckIds,
            Instant now,
            Long previousMeetingId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into meeting (title, language, join_code, status, owner, answers_visible, draw_round, created_at, previous_meeting_id) "
                                + "values (:title, :language, :code, 'OPEN', :owner, true, 1, :now, :previous)")
                .param("previous", previousMeetingId)
                .param("title", title)
                .param("language", language)
                .param("code", joinCode)
                .param("owner", owner)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (String deckId : deckIds) {
            jdbc.sql("insert into meeting_deck (meeting_id, deck_id) values (?, ?)")
                    .params(id, deckId)
                    .update();
        }
        return id;
    }

    public boolean joinCodeExists(String code) {
        return jdbc.sql("select count(*) from meeting where join_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<Meeting> findMeeting(long id) {
        return single(jdbc.sql("select " + MEETING_COLUMNS + " from meeting where id = ?")
                .param(id)
                .query(this::meetingRow)
                .list());
    }

    /** Reads a meeting and locks its row until the transaction ends, so draws do not race. */
    public Optional<Meeting> lockMeeting(long id) {
        return single(jdbc.sql("select " + MEETING_COLUMNS + " from meeting where id = ? for update")
                .param(id)
                .query(this::meetingRow)
                .list());
    }

    public Optional<Meeting> findByJoinCode(String code) {
        return single(jdbc.sql("select " + MEETING_COLUMNS + " from meeting where join_code = ?")
                .param(code)
                .query(this::meetingRow)
                .list());
    }

    public List<Meeting> findByOwner(String owner) {
        return withDecks(jdbc.sql(
                        "select " + MEETING_COLUMNS + " from meeting where owner = ? order by created_at desc, id desc")
                .param(owner)
                .query(this::meetingRow)
                .list());
    }

    public void setCurrentDraw(long meetingId, long drawId) {
        jdbc.sql("update meeting set current_draw_id = ? where id = ?")
                .params(drawId, meetingId)
                .update();
    }

    public void setAnswersVisible(long meetingId, boolean visible) {
        jdbc.sql("update meeting set answers_visible = ? where id = ?")
                .params(visible, meetingId)
                .update();
    }

    public void deleteMeeting(long meetingId) {
        jdbc.sql("update meeting set previous_meeting_id = null where previous_meeting_id = ?")
                .param(meetingId)
                .update();
        jdbc.sql("update meeting set current_draw_id = null where id = ?")
                .param(meetingId)
                .update();
        jdbc.sql("delete from meeting where id = ?").param(meetingId).update();
    }

    /** Meetings closed before the given moment: their personal data is past its retention period. */
    public List<Long> closedBefore(Instant moment) {
        return jdbc.sql("select id from meeting where status = 'CLOSED' and closed_at < ?")
                .param(Timestamp.from(moment))
                .query(Long.class)
                .list();
    }

    public void setLocked(long meetingId, boolean locked) {
        jdbc.sql("update meeting set locked = ? where id = ?")
                .params(locked, meetingId)
                .update();
    }

    public void setSummaryVisible(long meetingId, boolean visible) {
        jdbc.sql("update meeting set summary_visible = ? where id = ?")
                .params(visible, meetingId)
                .update();
    }

    public void setStatus(long meetingId, MeetingStatus status, Instant closedAt) {
        jdbc.sql("update meeting set status = ?, closed_at = ? where id = ?")
                .params(status.name(), closedAt == null ? null : Timestamp.from(closedAt), meetingId)
                .update();
    }

    public void startNextRound(long meetingId) {
        jdbc.sql("update meeting set draw_round = draw_round + 1 where id = ?")
                .param(meetingId)
                .update();
    }

    public long insertDraw(long meetingId, int round, Card card, Instant now) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from draw where meeting_id = ?")
                .param(meetingId)
                .query(Integer.class)
                .single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into draw (meeting_id, seq, draw_round, deck_id, card_id, card_kind, support_kind, theme, skipped, drawn_at, choices) "
                                + "values (:meeting, :seq, :round, :deck, :card, :kind, :support, :theme, false, :now, :choices)")
                .param(
                        "choices",
                        card.pictureChoices().stream()
                                .map(PictureChoice::fileValue)
                                .collect(Collectors.joining(",")))
                .param("meeting", meetingId)
                .param("seq", seq)
                .param("round", round)
                .param("deck", card.deckId())
                .param("card", card.id())
                .param("kind", card.kind().name())
                .param("support", card.support().name())
                .param("theme", card.theme())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long drawId = keys.getKeyAs(Long.class);
        for (Map.Entry<String, String> text : card.text().entrySet()) {
            jdbc.sql("insert into draw_text (draw_id, language, text, notes) values (?, ?, ?, ?)")
                    .params(drawId, text.getKey(), text.getValue(), card.notes().get(text.getKey()))
                    .update();
        }
        return drawId;
    }

    public void markSkipped(long drawId) {
        jdbc.sql("update draw set skipped = true where id = ?").param(drawId).update();
    }

    public Optional<DrawnCard> findDraw(long drawId) {
        return jdbc.sql("select " + DRAW_COLUMNS + " from draw where id = ?")
                .param(drawId)
                .query(this::drawRow)
                .optional()
                .map(this::withTexts);
    }

    /** The nearest draw before or after the given position that was not skipped. */
    public Optional<DrawnCard> neighbour(long meetingId, int seq, boolean forward) {
        String sql = forward
                ? "select " + DRAW_COLUMNS
                        + " from draw where meeting_id = ? and seq > ? and not skipped order by seq asc limit 1"
                : "select " + DRAW_COLUMNS
                        + " from draw where meeting_id = ? and seq < ? and not skipped order by seq desc limit 1";
        return jdbc.sql(sql)
                .params(meetingId, seq)
                .query(this::drawRow)
                .optional()
                .map(this::withTexts);
    }

    /** Keys ({@code deck/card}) of the cards drawn in the given round. */
    public List<String> drawnCardKeys(long meetingId, int round) {
        return jdbc.sql("select deck_id || '/' || card_id from draw where meeting_id = ? and draw_round = ?")
                .params(meetingId, round)
                .query(String.class)
                .list();
    }

    /** Runs after the draw row's own query has finished (after {@code optional()}), never inside its row mapper. */
    private DrawnCard withTexts(DrawnCard row) {
        Map<String, String> text = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        jdbc.sql("select language, text, notes from draw_text where draw_id = ?")
                .param(row.id())
                .query((rs, n) -> {
                    text.put(rs.getString("language"), rs.getString("text"));
                    if (rs.getString("notes") != null) {
                        notes.put(rs.getString("language"), rs.getString("notes"));
                    }
                    return null;
                })
                .list();
        return new DrawnCard(
                row.id(),
                row.meetingId(),
                row.sequence(),
                row.deckId(),
                row.cardId(),
                row.kind(),
                row.support(),
                row.theme(),
                row.skipped(),
                row.drawnAt(),
                text,
                notes,
                row.choices());
    }

    private DrawnCard drawRow(ResultSet rs, int row) throws SQLException {
        return new DrawnCard(
                rs.getLong("id"),
                rs.getLong("meeting_id"),
                rs.getInt("seq"),
                rs.getString("deck_id"),
                rs.getString("card_id"),
                CardKind.valueOf(rs.getString("card_kind")),
                SupportKind.valueOf(rs.getString("support_kind")),
                rs.getString("theme"),
                rs.getBoolean("skipped"),
                rs.getTimestamp("drawn_at").toInstant(),
                Map.of(),
                Map.of(),
                choices(rs.getString("choices")));
    }

    /** The stored file values; unknown ones (a later version's, say) are left out, and none gives the kind's default. */
    private static List<PictureChoice> choices(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(","))
                .map(PictureChoice::fromFileValue)
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Meeting> single(List<Meeting> rows) {
        return DataAccessUtils.optionalResult(withDecks(rows));
    }

    /**
     * Adds the deck ids to meetings read without them, in one query after the meeting rows are read
     * and their result set closed. A query inside a row mapper would need a second connection while
     * the first is still held: outside a transaction ten such reads at once take the whole pool and
     * wait for each other until the pool gives up (decision note 2026-12-03-one-connection-per-read).
     */
    private List<Meeting> withDecks(List<Meeting> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> decks = new HashMap<>();
        jdbc.sql("select meeting_id, deck_id from meeting_deck where meeting_id in (:ids) order by meeting_id, deck_id")
                .param("ids", rows.stream().map(Meeting::id).toList())
                .query((RowCallbackHandler)
                        rs -> decks.computeIfAbsent(rs.getLong("meeting_id"), id -> new ArrayList<>())
                                .add(rs.getString("deck_id")));
        return rows.stream()
                .map(row -> new Meeting(
                        row.id(),
                        row.title(),
                        row.language(),
                        row.joinCode(),
                        row.status(),
                        row.owner(),
                        row.answersVisible(),
                        row.drawRound(),
                        row.currentDrawId(),
                        decks.getOrDefault(row.id(), List.of()),
                        row.createdAt(),
                        row.closedAt(),
                        row.summaryVisible(),
                        row.previousMeetingId(),
                        row.locked()))
                .toList();
    }

    /** One meeting row, without its decks: a row mapper only reads its own row, never runs a query. */
    private Meeting meetingRow(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        Long current = rs.getObject("current_draw_id", Long.class);
        return new Meeting(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("language"),
                rs.getString("join_code"),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getString("owner"),
                rs.getBoolean("answers_visible"),
                rs.getInt("draw_round"),
                current,
                List.of(),
                rs.getTimestamp("created_at").toInstant(),
                closed == null ? null : closed.toInstant(),
                rs.getBoolean("summary_visible"),
                rs.getObject("previous_meeting_id", Long.class),
                rs.getBoolean("locked"));
    }
}
