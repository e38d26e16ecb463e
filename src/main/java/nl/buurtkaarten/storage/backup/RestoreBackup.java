package nl.buurtkaarten.storage.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.buurtkaarten.storage.DatabaseKind;

/**
 * Puts a backup back as the app's database: {@code mvn -q compile exec:exec@restore -Dbackup=<zip>}
 * (see src/site/markdown/operations.md). The app must be stopped. The database files that are
 * there now are not deleted but moved into a folder {@code before-restore-<time>} beside them.
 * The next start of the app opens the restored database and applies any newer migrations. H2
 * only: when SPRING_DATASOURCE_URL names PostgreSQL it refuses and points to pg_restore.
 */
public final class RestoreBackup {

    private static final DateTimeFormatter ASIDE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String DATABASE_NAME = "buurtkaarten";

    private RestoreBackup() {}

    public static void main(String[] args) {
        if (args.length < 1 || args[0].isBlank()) {
            System.err.println(
                    "Usage: mvn -q compile exec:exec@restore -Dbackup=<backup zip> [-Ddata.dir=<data folder>]");
            System.exit(2);
        }
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        if (!DatabaseKind.isH2(configured)) {
            System.err.println(
                    "Not restored: SPRING_DATASOURCE_URL says the app runs on " + DatabaseKind.nameOf(configured)
                            + ", and this command puts back H2 backups only. Restore a dump of that database with its own "
                            + "tools (pg_restore): see " + DatabaseKind.SERVER_BACKUPS);
            System.exit(2);
        }
        Path dataDir = Path.of(
                args.length > 1 && !args[1].isBlank()
                        ? args[1]
                        : System.getenv().getOrDefault("BUURTKAARTEN_DATA_DIR", "data"));
        try {
            Result result = restore(Path.of(args[0]), dataDir, Clock.systemUTC());
            System.out.println("Restored " + args[0] + " into " + result.database());
            if (result.movedAside() != null) {
                System.out.println("The database that was there is kept in " + result.movedAside());
            }
            System.out.println("Start the app as usual; it opens the restored database.");
        } catch (IllegalStateException | IOException | UncheckedIOException e) {
            System.err.println("Not restored: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * @param database the restored database file
     * @param movedAside the folder the earlier database files went to, or null if there were none
     */
    public record Result(Path database, Path movedAside) {}

    public static Result restore(Path backup, Path dataDir, Clock clock) throws IOException {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalStateException("no backup file at " + backup.toAbsolutePath());
        }
        if (!DatabaseBackup.isWholeBackup(backup)) {
            throw new IllegalStateException(backup + " is not a whole backup of the database");
        }
        Files.createDirectories(dataDir);
        Path database = dataDir.resolve(DatabaseBackup.DATABASE_FILE);
        if (inUse(database)) {
            throw new IllegalStateException(
                    "the database in " + dataDir.toAbsolutePath() + " is in use: stop the app first");
        }

        Path restoring = dataDir.resolve(DatabaseBackup.DATABASE_FILE + ".restoring");
        try (InputStream in = Files.newInputStream(backup);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                // Only the database file, and only by its bare name: nothing in the zip chooses where it goes.
                if (!entry.isDirectory()
                        && Path.of(entry.getName()).getFileName().toString().equals(DatabaseBackup.DATABASE_FILE)) {
                    Files.copy(entries, restoring, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (FileChannel channel = FileChannel.open(restoring, StandardOpenOption.WRITE)) {
            channel.force(true);
        }

        Path aside = null;
        try (var files = Files.list(dataDir)) {
            for (Path file : files.filter(RestoreBackup::isDatabaseFile).toList()) {
                if (aside == null) {
                    aside = dataDir.resolve("before-restore-" + ASIDE_TIME.format(clock.instant()));
                    Files.createDirectories(aside);
                }
                Files.move(file, aside.resolve(file.getFileName()));
            }
        }
        Files.move(restoring, database, StandardCopyOption.ATOMIC_MOVE);
        return new Result(database, aside);
    }

    private static boolean isDatabaseFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.startsWith(DATABASE_NAME + ".") && !name.endsWith(".restoring");
    }

    /** H2 holds a lock on the database file while the database is open, in this process or another. */
    private static boolean inUse(Path database) throws IOException {
        if (!Files.exists(database)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
