package nl.buurtkaarten.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkaarten.Application;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.storage.backup.DatabaseBackup;
import org.flywaydb.core.Flyway;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database file as a hard stop can leave it: a parent's join was written into the table and its
 * indexes, but the transaction's undo log, which H2 needs to roll the unfinished join back when it
 * opens the file again, was not. (Made here on purpose: the transaction's undo log is emptied
 * before H2 writes the file and the database is then closed without any clean-up, like a kill.
 * The crash benchmark produces the same state by chance.)
 */
@ExtendWith(OutputCaptureExtension.class)
class InterruptedWritesTest {

    @TempDir
    Path dir;

    @Test
    void anInterruptedJoinBlocksTheNameForGoodUntilTheDatabaseIsRebuilt() throws Exception {
        String url = url(dir.resolve("data"));
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        long meeting;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            meeting = insertMeeting(connection);
            join(connection, meeting, "Anna", "token-anna");
        }
        interruptedJoin(url, meeting, "Sara", "token-sara");

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            // What H2 does with it: invisible to reads, but counted, and the name can never be taken again.
            assertThat(InterruptedWrites.find(connection))
                    .contains("PARTICIPANT/PARTICIPANT_DATA: 1 entries of a transaction that no longer exists");
            assertThat(rows(connection, "select nickname from participant")).containsExactly("Anna");
            assertThatThrownBy(() -> join(connection, meeting, "Sara", "token-sara-2"))
                    .isInstanceOf(SQLException.class)
                    // 50200: "Timeout trying to lock table", after waiting for a transaction that will never end
                    .satisfies(
                            e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(50200));
        }

        // What a stop in the middle of an earlier rebuild would have left: a copy of every row, never needed again.
        Files.writeString(
                Files.createDirectories(dir.resolve("data/rebuild-20261101-100000"))
                        .resolve("database.sql"),
                "rows");
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Path older = Files.writeString(backups.resolve("buurtkaarten-20261101-100000-000.zip"), "older");
        Path old = Files.writeString(backups.resolve("buurtkaarten-20261102-100000-000.zip"), "old");
        DatabaseRebuild.Result result = DatabaseRebuild.checkAndRepair(url, "sa", "", backups, 2, Clock.systemUTC());

        assertThat(result.rebuilt()).isTrue();
        assertThat(result.rows())
                .containsEntry("\"public\".\"participant\"", 1L)
                .containsEntry("\"public\".\"meeting\"", 1L);
        assertThat(result.backup()).exists();
        assertThat(DatabaseBackup.isWholeBackup(result.backup())).isTrue();
        // The copy counts as one of the backups kept (here 2): the oldest goes.
        assertThat(DatabaseBackup.backups(backups)).containsExactly(old, result.backup());
        assertThat(older).doesNotExist();
        assertThat(dir.resolve("data")).isDirectoryNotContaining("glob:**/rebuild-*");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(InterruptedWrites.find(connection)).isEmpty();
            assertThat(rows(connection, "select nickname from participant")).containsExactly("Anna");
            join(connection, meeting, "Sara", "token-sara-2");
            assertThat(rows(connection, "select nickname from participant order by id"))
                    .containsExactly("Anna", "Sara");
            assertThat(rows(connection, "select count(*) from participant")).containsExactly("2");
            // The migrations are all there: the app would not migrate again.
            assertThat(rows(connection, "select count(*) from \"flyway_schema_history\" where \"success\"")
                            .getFirst())
                    .isEqualTo(rows(connection, "select count(*) from \"flyway_schema_history\"")
                            .getFirst());
        }
        // A second start finds nothing to do and changes nothing.
        DatabaseRebuild.Result again = DatabaseRebuild.checkAndRepair(url, "sa", "", backups, 2, Clock.systemUTC());
        assertThat(again.rebuilt()).isFalse();
        assertThat(DatabaseBackup.backups(backups)).containsExactly(old, result.backup());
    }

    @Test
    void aTransactionThatIsStillGoingOnIsNotAnInterruptedWrite() throws Exception {
        String url = url(dir.resolve("live"));
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection writer = DriverManager.getConnection(url, "sa", "");
                Connection checker = DriverManager.getConnection(url, "sa", "")) {
            long meeting = insertMeeting(writer);
            writer.setAutoCommit(false);
            join(writer, meeting, "Sara", "token-sara");
            assertThat(InterruptedWrites.find(checker)).isEmpty();
            writer.commit();
            assertThat(InterruptedWrites.find(checker)).isEmpty();
        }
    }

    @Test
    void onlyAnH2FileDatabaseIsChecked() throws Exception {
        assertThat(DatabaseRebuild.checkAndRepair("jdbc:h2:mem:rebuild-test", "sa", "", dir, 48, Clock.systemUTC())
                        .rebuilt())
                .isFalse();
        // A database that does not exist yet is not created by the check.
        Path none = dir.resolve("none");
        assertThat(DatabaseRebuild.checkAndRepair(url(none), "sa", "", dir, 48, Clock.systemUTC())
                        .rebuilt())
                .isFalse();
        assertThat(none).doesNotExist();
    }

    @Test
    void theAppRebuildsTheDatabaseWhenItStartsAndTheParentCanJoin(CapturedOutput output) throws Exception {
        Path data = dir.resolve("app");
        Path backups = dir.resolve("app-backups");
        long meetingId;
        try (ConfigurableApplicationContext app = start(data, backups)) {
            Meeting meeting =
                    app.getBean(MeetingService.class).open("rebuild-owner", "Rebuild", List.of("buurt-starter"), "nl");
            meetingId = meeting.id();
            app.getBean(ParticipationService.class).join(meetingId, "Anna");
        }
        interruptedJoin(url(data), meetingId, "Sara", "token-sara");

        try (ConfigurableApplicationContext app = start(data, backups)) {
            Joined sara = app.getBean(ParticipationService.class).join(meetingId, "Sara");
            assertThat(sara.participant().nickname()).isEqualTo("Sara");
            assertThat(app.getBean(ParticipationService.class).participants(meetingId))
                    .extracting(participant -> participant.nickname())
                    .containsExactly("Anna", "Sara");
        }
        assertThat(output)
                .contains("Rebuilt the database from its rows")
                .contains("PARTICIPANT/PARTICIPANT_DATA: 1 entries of a transaction that no longer exists");
        // The log names tables and indexes, not the parent.
        assertThat(output.toString()).doesNotContain("token-sara").doesNotContain("'sara'");
        assertThat(DatabaseBackup.backups(backups)).hasSize(1);
    }

    private static ConfigurableApplicationContext start(Path data, Path backups) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--buurtkaarten.data-dir=" + data.toAbsolutePath(),
                        // H2's file as in production, also when the suite runs on PostgreSQL (mvn -Ppostgresql)
                        "--spring.datasource.url=jdbc:h2:file:"
                                + data.toAbsolutePath().resolve("buurtkaarten")
                                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--buurtkaarten.admin.password=rebuild-test-password",
                        "--buurtkaarten.backup.enabled=false",
                        "--buurtkaarten.backup.folder=" + backups.toAbsolutePath(),
                        "--logging.level.root=warn");
    }

    private static String url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("buurtkaarten")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /**
     * A join whose rows reach the file without the undo log that would let H2 roll it back, and
     * then a stop without any clean-up ({@code SHUTDOWN IMMEDIATELY}, H2's way to test a power cut).
     */
    private static void interruptedJoin(String url, long meeting, String nickname, String token) throws SQLException {
        Connection writer = DriverManager.getConnection(url, "sa", "");
        List<Connection> busy = new ArrayList<>();
        try (Connection other = DriverManager.getConnection(url, "sa", "")) {
            // Transaction ids are reused from 1 up. A leftover of transaction 1 or 2 would look like its own write to
            // the first sessions after the restart; so that the test sees what a parent would see, the interrupted
            // join gets a higher id, as it would in a busy meeting.
            for (int i = 0; i < 4; i++) {
                Connection connection = DriverManager.getConnection(url, "sa", "");
                connection.setAutoCommit(false);
                insertMeeting(connection, "BUSY" + i);
                busy.add(connection);
            }
            writer.setAutoCommit(false);
            join(writer, meeting, nickname, token);
            SessionLocal session =
                    (SessionLocal) writer.unwrap(JdbcConnection.class).getSession();
            assertThat(session.getTransaction().getId()).isGreaterThan(4);
            for (Connection connection : busy) {
                connection.rollback();
                connection.close();
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            for (String map : store.getMapNames()) {
                if (map.startsWith("undoLog")) {
                    store.openMap(map).clear();
                }
            }
            store.commit();
            try (Statement statement = other.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException e) {
                // 90121: "database is already closed", the shutdown closing this very connection
                assertThat(e.getErrorCode()).isEqualTo(90121);
            }
        } finally {
            try {
                writer.close();
            } catch (SQLException gone) {
                // closed by the shutdown
            }
        }
        assertThat(Files.exists(Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db")))
                .isTrue();
    }

    private static long insertMeeting(Connection connection) throws SQLException {
        return insertMeeting(connection, "ABCDEFGHJ");
    }

    private static long insertMeeting(Connection connection, String code) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into meeting (title, language, join_code, status, owner, "
                        + "created_at) values ('Test', 'nl', ?, 'OPEN', 'owner', current_timestamp)",
                new String[] {"id"})) {
            insert.setString(1, code);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The same insert as the app's join. */
    private static void join(Connection connection, long meeting, String nickname, String token) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("insert into participant (meeting_id, nickname, nickname_key, "
                        + "token_hash, joined_at) values (?, ?, ?, ?, current_timestamp)")) {
            insert.setLong(1, meeting);
            insert.setString(2, nickname);
            insert.setString(3, nickname.toLowerCase());
            insert.setString(4, token);
            insert.executeUpdate();
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
