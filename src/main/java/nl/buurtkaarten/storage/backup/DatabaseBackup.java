package nl.buurtkaarten.storage.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.buurtkaarten.base.logging.DatabaseErrors;
import nl.buurtkaarten.storage.DatabaseKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Online backups of the H2 database while the app runs, with H2's {@code BACKUP TO} (a
 * transactionally consistent copy of the database file, taken without stopping writers). Each
 * backup is written under a temporary name, checked, synced to disk and then renamed, so a file
 * named {@code buurtkaarten-*.zip} is always a whole backup. Only after a new backup passed that
 * check are the oldest ones beyond {@code keep} deleted: a failing backup never costs an old one.
 * On PostgreSQL there are none: the operator backs up with {@code pg_dump} (operations page).
 */
@Component
public class DatabaseBackup implements SchedulingConfigurer {

    static final String PREFIX = "buurtkaarten-";
    static final String SUFFIX = ".zip";
    static final String PART = ".part";
    /** The database file inside the zip, as H2 names it. */
    static final String DATABASE_FILE = "buurtkaarten.mv.db";

    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

    private final JdbcClient jdbc;
    private final BackupProperties settings;
    private final Clock clock;
    /** Whether the database is H2's: on a database server (PostgreSQL) there is no file to back up. */
    private final boolean h2;

    @Autowired
    DatabaseBackup(JdbcClient jdbc, BackupProperties settings, Clock clock, Environment environment) {
        this(jdbc, settings, clock, DatabaseKind.isH2(environment.getProperty("spring.datasource.url")));
    }

    DatabaseBackup(JdbcClient jdbc, BackupProperties settings, Clock clock, boolean h2) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.h2 = h2;
    }

    /** Whether backups are taken: when they are enabled and the database is H2 (StorageConfiguration says so once). */
    public boolean active() {
        return settings.enabled() && h2;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (active()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::scheduled, settings.interval(), settings.interval()));
        }
    }

    private void scheduled() {
        backupNow();
    }

    /**
     * Takes a backup now and rotates the folder.
     *
     * @return the new backup, or empty when it failed (the reason is logged; older backups stay)
     */
    public synchronized Optional<Path> backupNow() {
        Path folder = settings.folder().toAbsolutePath();
        if (!h2) {
            log.warn("No backup into {}: online backups are H2's; see {}", folder, DatabaseKind.SERVER_BACKUPS);
            return Optional.empty();
        }
        Path part = null;
        try {
            Files.createDirectories(folder);
            removeLeftovers(folder);
            Path target = freeName(folder, clock.instant());
            part = target.resolveSibling(target.getFileName() + PART);
            long started = System.nanoTime();
            jdbc.sql("BACKUP TO '" + part.toString().replace("'", "''") + "'").update();
            if (!isWholeBackup(part)) {
                throw new IOException("the new backup file does not hold the database");
            }
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(folder);
            int removed = rotate(folder, settings.keep());
            log.info(
                    "Database backup {} written ({} kB, {} ms); {} backups in the folder (keep {}), {} older removed",
                    target.getFileName(),
                    Files.size(target) / 1024,
                    (System.nanoTime() - started) / 1_000_000,
                    backups(folder).size(),
                    settings.keep(),
                    removed);
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            log.warn("Database backup into {} failed, older backups are kept: {}", folder, DatabaseErrors.describe(e));
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // The next backup removes it.
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The name for a backup taken at this moment: {@code buurtkaarten-<UTC time>.zip}, listed by
     * {@link #backups}, rotated with the others and accepted by the restore command.
     */
    public static Path freeName(Path folder, Instant now) {
        Path target = folder.resolve(PREFIX + NAME_TIME.format(now) + SUFFIX);
        while (Files.exists(target)) {
            // Two backups within one millisecond: the next free millisecond keeps both, in order.
            now = now.plusMillis(1);
            target = folder.resolve(PREFIX + NAME_TIME.format(now) + SUFFIX);
        }
        return target;
    }

    /** The backups in a folder, oldest first (their names sort by time). */
    public static List<Path> backups(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            files.forEach(found::add);
        }
        Collections.sort(found);
        return found;
    }

    /**
     * Deletes the oldest backups so that {@code keep} remain (never fewer than one). Other files
     * in the folder are left alone.
     */
    public static int rotate(Path folder, int keep) throws IOException {
        List<Path> all = backups(folder);
        int removed = 0;
        for (int i = 0; i < all.size() - Math.max(1, keep); i++) {
            Files.deleteIfExists(all.get(i));
            removed++;
        }
        return removed;
    }

    /** Whether a file is a zip that holds a non-empty database file: what a restore needs. */
    public static boolean isWholeBackup(Path zip) {
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            boolean found = false;
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                long size = entries.transferTo(OutputStream.nullOutputStream());
                if (Path.of(entry.getName()).getFileName().toString().equals(DATABASE_FILE) && size > 0) {
                    found = true;
                }
            }
            return found;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Half-written backups of a run that was stopped mid-backup. */
    private static void removeLeftovers(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX + PART)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Makes the rename itself durable, where the file system allows syncing a directory. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Not supported everywhere (e.g. Windows); the rename is still atomic.
        }
    }
}
