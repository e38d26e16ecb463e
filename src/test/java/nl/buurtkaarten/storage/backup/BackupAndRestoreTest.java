package nl.buurtkaarten.storage.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.buurtkaarten.Application;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Backups taken by the running app (on a file database, as in production), and the documented
 * restore: the restored database opens with the app's own settings and migrations and holds
 * exactly what was there at the moment of the backup.
 */
@ExtendWith(OutputCaptureExtension.class)
class BackupAndRestoreTest {

    private static final String OWNER = "backup-owner";

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileTheAppRunsRestoresTheDataAsItWasThen(CapturedOutput output) throws Exception {
        Path data = dir.resolve("data");
        Path backups = dir.resolve("backups");
        Path zip;
        long meetingId;
        long drawId;
        try (ConfigurableApplicationContext app = start(data, backups, "1s")) {
            MeetingService meetings = app.getBean(MeetingService.class);
            ParticipationService participation = app.getBean(ParticipationService.class);
            SupportService support = app.getBean(SupportService.class);
            Meeting meeting = meetings.open(OWNER, "Avond met backup", List.of("buurt-starter"), "nl");
            meetingId = meeting.id();
            DrawnCard card = meetings.drawNext(meetingId, OWNER, null);
            drawId = card.id();
            Joined amina = participation.join(meetingId, "Amina");
            participation.answer(amina.token(), drawId, "Voor de backup", false);
            support.add(
                    meetingId,
                    amina.token(),
                    new SupportDraft(Direction.OFFER, null, Topic.HOMEWORK, null, Set.of(), null, "Rekenen"));

            zip = app.getBean(DatabaseBackup.class).backupNow().orElseThrow();
            assertThat(zip.getFileName().toString()).startsWith("buurtkaarten-").endsWith(".zip");
            assertThat(DatabaseBackup.isWholeBackup(zip)).isTrue();

            // Changes after the backup: not in it.
            participation.answer(amina.token(), drawId, "Na de backup", false);
            participation.join(meetingId, "Bram");

            // The scheduled job takes further backups on its own (every second here) and leaves no half-written files.
            await("three backups")
                    .atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> DatabaseBackup.backups(backups).size() >= 3);
            assertThat(DatabaseBackup.backups(backups))
                    .hasSizeGreaterThanOrEqualTo(3)
                    .contains(zip)
                    .allMatch(DatabaseBackup::isWholeBackup);

            assertThatThrownBy(() -> RestoreBackup.restore(zip, data, Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("stop the app");
        }
        assertThat(output.getAll())
                .contains("Database backup " + zip.getFileName() + " written")
                .doesNotContain("Amina", "Voor de backup", "Na de backup", "Rekenen", "Bram");

        RestoreBackup.Result result = RestoreBackup.restore(zip, data, Clock.systemUTC());
        assertThat(result.database())
                .isEqualTo(data.resolve("buurtkaarten.mv.db"))
                .isRegularFile();
        assertThat(result.movedAside())
                .as("the database that was there is kept, not deleted")
                .isNotNull();
        assertThat(result.movedAside().resolve("buurtkaarten.mv.db")).isRegularFile();

        try (ConfigurableApplicationContext app = start(data, backups, "1h")) {
            ParticipationService participation = app.getBean(ParticipationService.class);
            SupportService support = app.getBean(SupportService.class);
            MeetingService meetings = app.getBean(MeetingService.class);
            assertThat(meetings.find(meetingId)).map(Meeting::title).contains("Avond met backup");
            assertThat(meetings.currentCard(meetingId)).map(DrawnCard::id).contains(drawId);
            assertThat(participation.participants(meetingId))
                    .extracting(Participant::nickname)
                    .containsExactly("Amina");
            assertThat(participation.visibleAnswers(drawId))
                    .extracting(Answer::text)
                    .containsExactly("Voor de backup");
            assertThat(support.ofMeeting(meetingId))
                    .extracting(SupportItem::note)
                    .containsExactly("Rekenen");
            // The restored database takes new writes.
            assertThat(participation.join(meetingId, "Bram").participant().nickname())
                    .isEqualTo("Bram");
        }
    }

    @Test
    void aDatabaseLostEntirelyComesBackFromTheBackup() throws Exception {
        Path data = dir.resolve("data");
        Path backups = dir.resolve("backups");
        Path zip;
        long meetingId;
        try (ConfigurableApplicationContext app = start(data, backups, "1h")) {
            meetingId = app.getBean(MeetingService.class)
                    .open(OWNER, "Verloren avond", List.of("buurt-starter"), "nl")
                    .id();
            app.getBean(ParticipationService.class).join(meetingId, "Chris");
            zip = app.getBean(DatabaseBackup.class).backupNow().orElseThrow();
        }
        try (var files = Files.list(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }

        assertThat(RestoreBackup.restore(zip, data, Clock.systemUTC()).movedAside())
                .isNull();

        try (ConfigurableApplicationContext app = start(data, backups, "1h")) {
            assertThat(app.getBean(ParticipationService.class).participants(meetingId))
                    .extracting(Participant::nickname)
                    .containsExactly("Chris");
        }
    }

    @Test
    void rotationKeepsTheNewestAndNeverTheLastOne() throws IOException {
        Path folder = dir.resolve("rotation");
        Files.createDirectories(folder);
        for (String time : List.of(
                "20261124-100000-000",
                "20261124-110000-000",
                "20261124-120000-000",
                "20261125-090000-000",
                "20261125-100000-000")) {
            Files.writeString(folder.resolve("buurtkaarten-" + time + ".zip"), "x");
        }
        Files.writeString(folder.resolve("notities.txt"), "not a backup");

        assertThat(DatabaseBackup.rotate(folder, 3)).isEqualTo(2);
        assertThat(DatabaseBackup.backups(folder))
                .extracting(path -> path.getFileName().toString())
                .containsExactly(
                        "buurtkaarten-20261124-120000-000.zip",
                        "buurtkaarten-20261125-090000-000.zip",
                        "buurtkaarten-20261125-100000-000.zip");

        assertThat(DatabaseBackup.rotate(folder, 0)).isEqualTo(2);
        assertThat(DatabaseBackup.backups(folder))
                .extracting(path -> path.getFileName().toString())
                .containsExactly("buurtkaarten-20261125-100000-000.zip");
        assertThat(folder.resolve("notities.txt")).exists();
    }

    @Test
    void aFailedBackupDeletesNoOlderOneAndLeavesNothingHalfWritten() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("failing"));
        Path older = Files.writeString(folder.resolve("buurtkaarten-20261124-100000-000.zip"), "x");
        Path old = Files.writeString(folder.resolve("buurtkaarten-20261124-110000-000.zip"), "x");
        // An in-memory database has no file to back up: H2's BACKUP TO fails or yields no database file.
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:backup-fails-" + System.nanoTime(), "sa", "");
        DatabaseBackup backup = new DatabaseBackup(
                JdbcClient.create(dataSource),
                new BackupProperties(true, folder, Duration.ofHours(1), 1),
                Clock.systemUTC(),
                true);

        assertThat(backup.backupNow()).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactlyInAnyOrder(older, old);
        }
    }

    @Test
    void onPostgreSqlNoBackupIsScheduledOrWritten() {
        Path folder = dir.resolve("server-backups");
        String url = "jdbc:postgresql://127.0.0.1:1/buurtkaarten";
        DatabaseBackup backup = new DatabaseBackup(
                JdbcClient.create(new DriverManagerDataSource(url)),
                new BackupProperties(true, folder, Duration.ofSeconds(1), 3),
                Clock.systemUTC(),
                new MockEnvironment().withProperty("spring.datasource.url", url));
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        backup.configureTasks(registrar);

        assertThat(backup.active()).isFalse();
        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
        assertThat(backup.backupNow()).isEmpty();
        assertThat(folder).doesNotExist();
    }

    @Test
    void onlyAZipWithTheDatabaseInItIsAWholeBackupAndOnlyThatIsRestored() throws IOException {
        Path garbage = Files.writeString(dir.resolve("buurtkaarten-garbage.zip"), "no zip at all");
        Path empty = dir.resolve("buurtkaarten-empty.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(empty))) {
            zip.putNextEntry(new ZipEntry("buurtkaarten.mv.db"));
            zip.closeEntry();
        }
        Path other = dir.resolve("buurtkaarten-other.zip");
        try (OutputStream out = Files.newOutputStream(other);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("iets-anders.txt"));
            zip.write("hallo".getBytes());
            zip.closeEntry();
        }
        assertThat(DatabaseBackup.isWholeBackup(garbage)).isFalse();
        assertThat(DatabaseBackup.isWholeBackup(empty)).isFalse();
        assertThat(DatabaseBackup.isWholeBackup(other)).isFalse();

        Path data = Files.createDirectories(dir.resolve("data"));
        Path current = Files.writeString(data.resolve("buurtkaarten.mv.db"), "the current database");
        assertThatThrownBy(() -> RestoreBackup.restore(garbage, data, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a whole backup");
        assertThatThrownBy(() -> RestoreBackup.restore(dir.resolve("missing.zip"), data, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no backup file");
        assertThat(current).hasContent("the current database");
    }

    /** The real app with its own settings on a file database; no web port needed beyond a free one. */
    private static ConfigurableApplicationContext start(Path data, Path backups, String interval) {
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
                        "--buurtkaarten.admin.password=backup-test-password",
                        "--buurtkaarten.backup.folder=" + backups.toAbsolutePath(),
                        "--buurtkaarten.backup.interval=" + interval,
                        "--buurtkaarten.backup.keep=50",
                        "--logging.level.root=warn",
                        "--logging.level.nl.buurtkaarten.storage.backup=info");
    }
}
