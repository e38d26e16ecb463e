package nl.buurtkaarten.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkaarten.storage.backup.DatabaseBackup;
import org.springframework.util.FileSystemUtils;

/**
 * Checks the H2 database file before the app opens it, and if a hard stop left traces of an
 * interrupted write in it ({@link InterruptedWrites}), rebuilds it from its own rows:
 * <ol>
 * <li>a backup of the file as it is goes into the backup folder (a normal backup: listed, rotated,
 * restorable with the restore command, and counted in the number of backups kept);</li>
 * <li>H2 writes every table's rows, as a full read finds them, and the schema as SQL
 * ({@code SCRIPT});</li>
 * <li>a new database file is made from that SQL in a folder beside the old one ({@code RUNSCRIPT})
 * and checked: every table has the same rows, and nothing is left to repair;</li>
 * <li>only then the new file replaces the old one in one rename.</li>
 * </ol>
 * A stop at any step leaves the old file in place, and the next start does it again. The SQL file,
 * which holds personal data, is deleted afterwards, also when the rebuild failed, and the next
 * start removes what a stop in the middle left.
 */
public final class DatabaseRebuild {

    private static final DateTimeFormatter FOLDER_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String H2_FILE_URL = "jdbc:h2:file:";
    private static final String MV_FILE = ".mv.db";
    private static final String REBUILD_FOLDER = "rebuild-";

    /**
     * @param problems what {@link InterruptedWrites} found, empty when nothing had to be done
     * @param backup the copy of the file before the rebuild, or null
     * @param rows rows per table, the same before and after
     * @param millis how long the check (and the rebuild, if any) took
     */
    public record Result(List<String> problems, Path backup, Map<String, Long> rows, long millis) {

        public boolean rebuilt() {
            return !problems.isEmpty();
        }
    }

    private DatabaseRebuild() {}

    /**
     * Checks the database at this H2 URL and rebuilds it when needed. Does nothing (an empty result)
     * for a URL that is not an H2 file database, or when the file does not exist yet. Must run
     * before anything else in this JVM opens the database.
     */
    public static Result checkAndRepair(
            String url, String user, String password, Path backupFolder, int keepBackups, Clock clock)
            throws SQLException, IOException {
        long started = System.nanoTime();
        if (url == null || !url.startsWith(H2_FILE_URL)) {
            return new Result(List.of(), null, Map.of(), 0);
        }
        int settingsStart = url.indexOf(';');
        String name = url.substring(H2_FILE_URL.length(), settingsStart < 0 ? url.length() : settingsStart);
        // H2 reads a leading ~ as the user's home folder.
        Path database =
                name.startsWith("~") ? Path.of(System.getProperty("user.home") + name.substring(1)) : Path.of(name);
        String settings = settingsStart < 0 ? "" : url.substring(settingsStart);
        Path file = database.resolveSibling(database.getFileName() + MV_FILE);
        if (!Files.exists(file)) {
            return new Result(List.of(), null, Map.of(), 0);
        }

        removeUnfinishedRebuilds(database);

        List<String> problems;
        Map<String, Long> rows;
        Path backup;
        Path work = database.resolveSibling(REBUILD_FOLDER + FOLDER_TIME.format(clock.instant()));
        Path script = work.resolve("database.sql");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (!InterruptedWrites.applies(connection)) {
                return new Result(List.of(), null, Map.of(), 0);
            }
            problems = InterruptedWrites.find(connection);
            if (problems.isEmpty()) {
                return new Result(problems, null, Map.of(), millisSince(started));
            }
            rows = rowsPerTable(connection);
            Files.createDirectories(backupFolder);
            backup = DatabaseBackup.freeName(backupFolder, clock.instant());
            Path part = backup.resolveSibling(backup.getFileName() + ".part");
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO " + quote(part));
                Files.move(part, backup, StandardCopyOption.ATOMIC_MOVE);
                DatabaseBackup.rotate(backupFolder, keepBackups);
                FileSystemUtils.deleteRecursively(work);
                Files.createDirectories(work);
                statement.execute("SCRIPT TO " + quote(script));
                statement.execute("SHUTDOWN");
            }
        }

        Path rebuilt = work.resolve(database.getFileName());
        String rebuiltUrl = H2_FILE_URL + rebuilt.toAbsolutePath() + settings;
        try {
            try (Connection connection = DriverManager.getConnection(rebuiltUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM " + quote(script));
                Map<String, Long> rowsAfter = rowsPerTable(connection);
                List<String> left = InterruptedWrites.find(connection);
                if (!rowsAfter.equals(rows) || !left.isEmpty()) {
                    throw new IllegalStateException("The rebuilt database differs from the old one (rows before " + rows
                            + ", after " + rowsAfter + ", still wrong: " + left
                            + "); the old file is left as it was in " + file);
                }
                statement.execute("SHUTDOWN");
            }
            Files.move(
                    rebuilt.resolveSibling(rebuilt.getFileName() + MV_FILE),
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            // The SQL file holds every row: it does not stay, whether the rebuild worked or not.
            FileSystemUtils.deleteRecursively(work);
        }
        return new Result(problems, backup, rows, millisSince(started));
    }

    /** Work folders of a rebuild that a stop interrupted: they hold a copy of every row and are never needed again. */
    private static void removeUnfinishedRebuilds(Path database) throws IOException {
        Path folder = database.toAbsolutePath().getParent();
        try (DirectoryStream<Path> unfinished = Files.newDirectoryStream(folder, REBUILD_FOLDER + "*")) {
            for (Path work : unfinished) {
                FileSystemUtils.deleteRecursively(work);
            }
        }
    }

    /** Rows per table, counted by reading them (a plain count(*) may answer from H2's own count, which is what can be wrong). */
    private static Map<String, Long> rowsPerTable(Connection connection) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery(
                    "select table_schema, table_name from information_schema.tables "
                            + "where table_type = 'BASE TABLE' and table_schema <> 'INFORMATION_SCHEMA' order by 1, 2")) {
                while (result.next()) {
                    tables.add('"' + result.getString(1) + "\".\"" + result.getString(2) + '"');
                }
            }
            for (String table : tables) {
                long count = 0;
                try (ResultSet result = statement.executeQuery("select * from " + table)) {
                    while (result.next()) {
                        count++;
                    }
                }
                rows.put(table.toLowerCase(Locale.ROOT), count);
            }
        }
        return rows;
    }

    private static String quote(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
