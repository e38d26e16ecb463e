package nl.buurtkaarten.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkaarten.storage.InterruptedWrites;
import nl.buurtkaarten.storage.backup.DatabaseBackup;
import nl.buurtkaarten.storage.backup.RestoreBackup;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the running application hard ({@code kill -9}) in the middle of a burst of writes from
 * many simulated parents, starts it again on the same data folder, and checks that every answer,
 * offer, request and join that was acknowledged is there exactly once, and that the database opens
 * and reads back whole. Repeats that {@code kill.cycles} times (default 3; the benchmark profile
 * runs 100: {@code mvn verify -Pkill-benchmark}) and prints its figures.
 *
 * <p>The killed process is {@link CrashHarness}: the real application with its own settings and
 * database URL, writing through the real services.
 */
class CrashRecoveryIT {

    private static final int CYCLES = Integer.getInteger("kill.cycles", 3);
    private static final int PARENTS = Integer.getInteger("kill.parents", 16);
    /** Acknowledged writes to wait for in each cycle before the kill comes at a random moment. */
    private static final int MIN_ACKS = Integer.getInteger("kill.min-acks", 40);

    private static final int MAX_EXTRA_MILLIS = Integer.getInteger("kill.max-extra-millis", 1500);
    private static final long START_TIMEOUT_SECONDS = 180;
    private static final String BACKUP_INTERVAL = System.getProperty("kill.backup-interval", "1s");
    private static final int BACKUPS_KEPT = 3;

    @TempDir
    Path dataDir;

    /** Every acknowledged write so far, across all cycles: kind → id → content. */
    private final Map<String, Map<Long, String>> acknowledged = new TreeMap<>();

    @Test
    void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
        Path logs = Path.of("target", "crash-recovery");
        Files.createDirectories(logs);
        Random random = new Random();
        List<Long> cycleMillis = new ArrayList<>();
        List<Long> readyMillis = new ArrayList<>();
        List<Long> checkMillis = new ArrayList<>();
        Map<Integer, Integer> exitCodes = new TreeMap<>();
        long lost = 0;
        long duplicated = 0;
        int corrupt = 0;
        int cyclesRun = 0;
        List<String> problems = new ArrayList<>();
        long writesAcknowledged = 0;
        Set<Path> backupsSeen = new HashSet<>();
        List<String> countAnomalies = new ArrayList<>();
        // Kills after which the database held traces of an interrupted write (see InterruptedWrites), and the rebuilds
        // the app then did when it started; every such kill must be followed by a rebuild.
        List<String> traced = new ArrayList<>();
        List<Long> rebuildMillis = new ArrayList<>();
        boolean rebuildDue = false;

        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            long cycleStart = System.nanoTime();
            Harness harness = Harness.start(dataDir, "c" + cycle, PARENTS, logs.resolve("harness-" + cycle + ".log"));
            if (!harness.awaitReady()) {
                corrupt++;
                problems.add("cycle " + cycle + ": the app did not start on the data left by the previous kill; see "
                        + logs.resolve("harness-" + cycle + ".log"));
                harness.kill();
                break;
            }
            readyMillis.add(harness.readyMillis());
            if (rebuildDue) {
                Long rebuilt = harness.rebuildMillis();
                if (rebuilt == null) {
                    problems.add("cycle " + cycle
                            + ": the database held traces of an interrupted write, and the app started "
                            + "without rebuilding it");
                } else {
                    rebuildMillis.add(rebuilt);
                }
            }
            harness.awaitAcks(MIN_ACKS, 60);
            // Until the scheduled job has written a first backup during the writes, wait for it (up to 60 s), so that
            // every run also checks a backup taken under load; later kills often fall in the middle of a backup.
            Path backupFolder = dataDir.resolve("backups");
            waitAtMost(
                    Duration.ofSeconds(60),
                    () -> !DatabaseBackup.backups(backupFolder).isEmpty());
            Thread.sleep(random.nextInt(MAX_EXTRA_MILLIS + 1)); // a random moment to kill, not a wait for a condition
            int exit = harness.kill();
            exitCodes.merge(exit, 1, Integer::sum);
            List<String[]> acks = harness.acks();
            writesAcknowledged += acks.size();
            for (String[] ack : acks) {
                acknowledged.computeIfAbsent(ack[0], kind -> new HashMap<>()).put(Long.parseLong(ack[1]), ack[2]);
            }
            if (harness.errors() > 0) {
                problems.add("cycle " + cycle + ": " + harness.errors() + " writes failed while the app ran");
            }

            long checkStart = System.nanoTime();
            Check check;
            try {
                check = check(dataDir, true);
            } catch (SQLException e) {
                corrupt++;
                problems.add("cycle " + cycle + ": the database did not open or read back: " + e);
                break;
            }
            checkMillis.add(millisSince(checkStart));
            List<Path> backups = DatabaseBackup.backups(dataDir.resolve("backups"));
            backupsSeen.addAll(backups);
            if (backups.size() > BACKUPS_KEPT || !backups.stream().allMatch(DatabaseBackup::isWholeBackup)) {
                problems.add("cycle " + cycle + ": the backup folder holds more than " + BACKUPS_KEPT
                        + " backups or one that is not whole: " + backups);
            }
            lost += check.lost();
            duplicated += check.duplicated();
            String label = "cycle " + cycle + ": ";
            problems.addAll(
                    check.problems().stream().map(problem -> label + problem).toList());
            // A kill can leave traces of a write it interrupted (InterruptedWrites); count(*) may then differ from a
            // full scan, which check() allows only together with such traces. The next start must rebuild them away.
            for (String mismatch : check.countMismatches()) {
                countAnomalies.add(label + mismatch);
            }
            rebuildDue = !check.traces().isEmpty();
            if (rebuildDue) {
                traced.add(label + check.traces());
            }
            cycleMillis.add(millisSince(cycleStart));
            cyclesRun++;
            System.out.printf(
                    Locale.ROOT,
                    "[crash] cycle %d: %d writes acknowledged before kill (exit %d), lost %d, duplicated %d, "
                            + "restart to ready %.1f s, check %.1f s%n",
                    cycle,
                    acks.size(),
                    exit,
                    check.lost(),
                    check.duplicated(),
                    readyMillis.getLast() / 1000.0,
                    checkMillis.getLast() / 1000.0);
        }

        // The app opens once more after the last kill and shuts down cleanly.
        boolean cleanStart = false;
        if (corrupt == 0) {
            Harness last = Harness.start(dataDir, "final", 0, logs.resolve("harness-final.log"));
            cleanStart = last.awaitReady() && last.awaitExit(60) == 0;
            if (cleanStart && rebuildDue) {
                if (last.rebuildMillis() == null) {
                    problems.add(
                            "the database held traces of an interrupted write after the last kill, and the app started "
                                    + "without rebuilding it");
                } else {
                    rebuildMillis.add(last.rebuildMillis());
                }
            }
            if (!cleanStart) {
                corrupt++;
                problems.add("the app did not start and stop cleanly after the last kill");
                last.kill();
            } else {
                Check check = check(dataDir, true);
                lost += check.lost();
                duplicated += check.duplicated();
                problems.addAll(check.problems().stream()
                        .map(problem -> "after the final start and stop: " + problem)
                        .toList());
                if (!check.traces().isEmpty() || !check.countMismatches().isEmpty()) {
                    problems.add(
                            "after the final start and stop the database still holds traces of an interrupted write "
                                    + check.traces() + " or wrong counts " + check.countMismatches());
                }
            }
        }

        // The newest backup, taken by the scheduled job during a burst of writes, restores and opens.
        String restored = "none taken";
        List<Path> backups = DatabaseBackup.backups(dataDir.resolve("backups"));
        if (!backups.isEmpty()) {
            Path scratch = Files.createDirectories(dataDir.resolve("restored-backup"));
            RestoreBackup.restore(backups.getLast(), scratch, Clock.systemUTC());
            try {
                Check check = check(scratch, false);
                restored = check.problems().isEmpty() ? "opens and reads back" : String.join("; ", check.problems());
                if (!check.problems().isEmpty()) {
                    problems.add("the newest backup: " + restored);
                }
            } catch (SQLException e) {
                restored = "does not open: " + e;
                problems.add("the newest backup " + restored);
            }
        }

        if (backups.isEmpty()) {
            problems.add("the scheduled job took no backup while parents were writing");
        }

        String figures = String.format(
                Locale.ROOT,
                "[measured] crash recovery (kill -9 during writes): %d of %d cycles, %d parent threads; %d writes acknowledged "
                        + "(%s); lost %d, duplicated %d, corrupt %d; kill exit codes %s; time per cycle median %.1f s, max %.1f s; "
                        + "restart (process start to ready for writes) median %.1f s, max %.1f s; check after kill median %.2f s; "
                        + "kills that left traces of an interrupted write in H2's maps: %d, rebuilt at the next start: %d "
                        + "(rebuild median %.1f s, max %.1f s), of which count(*) differed from a full scan: %d; "
                        + "clean start and stop after the last kill: %s; total %.1f min; backups taken by the scheduled job during the run "
                        + "(every %s, keep %d): at least %d, all whole; the newest %s",
                cyclesRun,
                CYCLES,
                PARENTS,
                writesAcknowledged,
                perKind(),
                lost,
                duplicated,
                corrupt,
                exitCodes,
                median(cycleMillis) / 1000.0,
                max(cycleMillis) / 1000.0,
                median(readyMillis) / 1000.0,
                max(readyMillis) / 1000.0,
                median(checkMillis) / 1000.0,
                traced.size(),
                rebuildMillis.size(),
                median(rebuildMillis) / 1000.0,
                max(rebuildMillis) / 1000.0,
                countAnomalies.size(),
                cleanStart ? "yes" : "no",
                sum(cycleMillis) / 60000.0,
                BACKUP_INTERVAL,
                BACKUPS_KEPT,
                backupsSeen.size(),
                restored);
        System.out.println(figures);
        problems.stream().limit(20).forEach(problem -> System.out.println("[crash] " + problem));
        traced.forEach(trace -> System.out.println("[crash] traces of an interrupted write after " + trace));
        countAnomalies.forEach(anomaly -> System.out.println("[crash] count(*) differed, " + anomaly));
        Files.writeString(
                logs.resolve("figures.txt"),
                figures
                        + System.lineSeparator()
                        + String.join(System.lineSeparator(), problems)
                        + System.lineSeparator());

        assertThat(problems).as("problems; figures: " + figures).isEmpty();
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(corrupt).isZero();
        assertThat(cyclesRun).isEqualTo(CYCLES);
        assertThat(exitCodes.keySet())
                .as("kill -9 ends a Java process with exit code 128 + 9")
                .containsOnly(137);
    }

    private String perKind() {
        List<String> parts = new ArrayList<>();
        acknowledged.forEach((kind, ids) -> parts.add(kind.toLowerCase(Locale.ROOT) + " " + ids.size()));
        return String.join(", ", parts);
    }

    /**
     * @param countMismatches tables whose {@code count(*)} differs from a full scan
     * @param traces what {@link InterruptedWrites} finds: traces of a write the kill interrupted, which the app's next
     *            start must rebuild away
     */
    private record Check(
            long lost, long duplicated, List<String> problems, List<String> countMismatches, List<String> traces) {}

    /**
     * Opens the database with the app's own URL and settings, reads every row of every table and
     * a full SQL script of it, checks foreign keys, and compares with what was acknowledged.
     */
    private Check check(Path dataDir, boolean compareWithAcknowledged) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<String> countMismatches = new ArrayList<>();
        long lost = 0;
        long duplicated = 0;
        List<String> traces;
        try (Connection connection = DriverManager.getConnection(databaseUrl(dataDir), "sa", "");
                Statement statement = connection.createStatement()) {
            // First, before this connection's own transaction exists: transaction ids are reused, and a trace of an
            // interrupted write by transaction 1 would look like this connection's own write to it.
            traces = InterruptedWrites.find(connection);
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.containsAll(List.of("ANSWER", "PARTICIPANT", "SUPPORT_ITEM", "MEETING"))) {
                problems.add("tables missing: " + tables);
            }
            for (String table : tables) {
                long counted;
                try (ResultSet rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counted = rows.getLong(1);
                }
                long scanned = 0;
                try (ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rows.getObject(column);
                        }
                        scanned++;
                    }
                }
                if (counted != scanned) {
                    countMismatches.add(table + ": count(*) " + counted + " but a full scan finds " + scanned);
                }
            }
            try (ResultSet script = statement.executeQuery("script")) {
                while (script.next()) {
                    script.getString(1);
                }
            }
            for (String orphans : List.of(
                    "select count(*) from answer a where not exists (select 1 from participant p where p.id = a.participant_id)",
                    "select count(*) from support_item s where not exists (select 1 from participant p where p.id = s.participant_id)",
                    "select count(*) from participant p where not exists (select 1 from meeting m where m.id = p.meeting_id)")) {
                try (ResultSet rows = statement.executeQuery(orphans)) {
                    rows.next();
                    if (rows.getLong(1) != 0) {
                        problems.add("rows without their parent row: " + orphans);
                    }
                }
            }

            Map<String, Map<Long, String>> stored = new HashMap<>();
            Map<String, Integer> contentCounts = new HashMap<>();
            read(statement, "select id, nickname, 'JOIN' from participant", stored, contentCounts);
            read(statement, "select id, text, 'ANSWER' from answer", stored, contentCounts);
            read(statement, "select id, note, direction from support_item", stored, contentCounts);
            for (var kind : compareWithAcknowledged
                    ? acknowledged.entrySet()
                    : Map.<String, Map<Long, String>>of().entrySet()) {
                Map<Long, String> rows = stored.getOrDefault(kind.getKey(), Map.of());
                for (var ack : kind.getValue().entrySet()) {
                    if (!ack.getValue().equals(rows.get(ack.getKey()))) {
                        lost++;
                        if (lost <= 10) {
                            problems.add("acknowledged " + kind.getKey() + " " + ack.getKey() + " is missing");
                        }
                    }
                }
            }
            for (var content : contentCounts.entrySet()) {
                if (content.getValue() > 1) {
                    duplicated += content.getValue() - 1;
                    problems.add("stored " + content.getValue() + " times: " + content.getKey());
                }
            }
        }
        if (!countMismatches.isEmpty() && traces.isEmpty()) {
            problems.add("count(*) differs from a full scan, and no trace of an interrupted write explains it: "
                    + countMismatches);
        }
        return new Check(lost, duplicated, problems, countMismatches, traces);
    }

    private static void read(
            Statement statement, String sql, Map<String, Map<Long, String>> stored, Map<String, Integer> contentCounts)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String content = rows.getString(2);
                stored.computeIfAbsent(rows.getString(3), kind -> new HashMap<>())
                        .put(rows.getLong(1), content);
                if (content != null) {
                    contentCounts.merge(rows.getString(3) + " " + content, 1, Integer::sum);
                }
            }
        }
    }

    /** The app's own database URL from application.properties, or the override {@code kill.jdbc-url} to compare settings. */
    static String databaseUrl(Path dataDir) {
        String url = System.getProperty("kill.jdbc-url");
        if (url == null) {
            Properties properties = new Properties();
            try (InputStream in = CrashRecoveryIT.class.getResourceAsStream("/application.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            url = properties.getProperty("spring.datasource.url");
        }
        return url.replace("${buurtkaarten.data-dir}", dataDir.toAbsolutePath().toString());
    }

    private static long millisSince(long nanoStart) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoStart);
    }

    private static double median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static double sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    /** One run of {@link CrashHarness} in its own JVM, with its acknowledgements collected from standard output. */
    private static final class Harness {

        private final Process process;
        private final long started = System.nanoTime();
        private final CountDownLatch ready = new CountDownLatch(1);
        private final AtomicLong readyMillis = new AtomicLong();
        private final List<String[]> acks = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger errors = new AtomicInteger();
        /** The app's own log line when it rebuilt the database at start (StorageConfiguration). */
        private static final Pattern REBUILT = Pattern.compile("Rebuilt the database from its rows in (\\d+) ms");

        private final AtomicLong rebuildMillis = new AtomicLong(-1);
        private final Thread reader;

        private Harness(Process process, Path log) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().start(() -> read(log));
        }

        /**
         * The harness writes straight into a file (a pipe lost lines at the end: the JDK swaps a pipe's stream when the
         * process exits). What {@code println} handed to the system before the kill is in the file.
         */
        static Harness start(Path dataDir, String tag, int parents, Path log) throws IOException {
            String java = ProcessHandle.current()
                    .info()
                    .command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString());
            List<String> command = new ArrayList<>(List.of(
                    java,
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CrashHarness.class.getName(),
                    tag,
                    Integer.toString(parents),
                    "--server.port=0",
                    "--buurtkaarten.data-dir=" + dataDir.toAbsolutePath(),
                    "--buurtkaarten.cards-dir=" + Path.of("cards").toAbsolutePath(),
                    "--buurtkaarten.admin.password=crash-test-password",
                    "--buurtkaarten.backup.folder=" + dataDir.resolve("backups").toAbsolutePath(),
                    "--buurtkaarten.backup.interval=" + BACKUP_INTERVAL,
                    "--buurtkaarten.backup.keep=" + BACKUPS_KEPT,
                    "--logging.level.root=warn"));
            if (System.getProperty("kill.jdbc-url") != null) {
                command.add("--spring.datasource.url=" + databaseUrl(dataDir));
            }
            Files.deleteIfExists(log);
            // Standard input stays a pipe from this JVM: the harness stops when it closes (this JVM gone).
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            return new Harness(builder.start(), log);
        }

        /** Follows the output file until the process is gone and the file read to its end; only whole lines count. */
        private void read(Path log) {
            try (InputStream in = Files.newInputStream(log)) {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                byte[] buffer = new byte[1 << 16];
                boolean exited = false;
                while (true) {
                    int n = in.read(buffer);
                    if (n > 0) {
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '\n') {
                                handle(line.toString(StandardCharsets.UTF_8));
                                line.reset();
                            } else {
                                line.write(buffer[i]);
                            }
                        }
                    } else if (exited) {
                        return;
                    } else if (!process.isAlive()) {
                        exited = true; // one more pass to the end of the file
                    } else {
                        Thread.sleep(5);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void handle(String line) {
            if (line.startsWith("ACK ")) {
                String[] parts = line.split(" ", 4);
                acks.add(new String[] {parts[1], parts[2], parts[3]});
            } else if (line.startsWith("READY ")) {
                readyMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                ready.countDown();
            } else if (line.startsWith("ERROR ")) {
                errors.incrementAndGet();
            } else {
                Matcher rebuilt = REBUILT.matcher(line);
                if (rebuilt.find()) {
                    rebuildMillis.set(Long.parseLong(rebuilt.group(1)));
                }
            }
        }

        boolean awaitReady() throws InterruptedException {
            return ready.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }

        long readyMillis() {
            return readyMillis.get();
        }

        /** How long the app's rebuild of the database took at this start, or null if it did none (read up to READY). */
        Long rebuildMillis() {
            long millis = rebuildMillis.get();
            return millis < 0 ? null : millis;
        }

        void awaitAcks(int count, int timeoutSeconds) {
            waitAtMost(Duration.ofSeconds(timeoutSeconds), () -> acks.size() >= count || !process.isAlive());
        }

        /** SIGKILL (Process.destroyForcibly on Linux); returns the exit code once the process is gone and its output read. */
        int kill() throws InterruptedException {
            process.destroyForcibly();
            int exit = process.waitFor();
            reader.join(TimeUnit.SECONDS.toMillis(30));
            return exit;
        }

        int awaitExit(int seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                kill();
                return -1;
            }
            reader.join(TimeUnit.SECONDS.toMillis(30));
            return process.exitValue();
        }

        List<String[]> acks() {
            synchronized (acks) {
                return new ArrayList<>(acks);
            }
        }

        int errors() {
            return errors.get();
        }
    }

    /** Waits until the condition holds or the time is up, and goes on either way (the checks after it say what went wrong). */
    private static void waitAtMost(Duration limit, Callable<Boolean> condition) {
        try {
            Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(10)).until(condition);
        } catch (ConditionTimeoutException timeUp) {
            // as before: the kill cycle goes on, and the figures show fewer acknowledged writes
        }
    }
}
