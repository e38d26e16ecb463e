package nl.buurtkaarten.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.buurtkaarten.simulated.Arrival;
import nl.buurtkaarten.simulated.Phone;
import nl.buurtkaarten.simulated.Phones;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark of the production jar (issue 11): for 25, 100 and 250 phones in one meeting
 * (the 250 answer in a burst within one second), 10 meetings of 100 phones at once and a join storm
 * of 250 phones within 30 s, each time on a fresh start of the app as the README runs it (the
 * production build unpacked in {@code target/app/}, with its AOT cache), it measures what a draw costs
 * and how fast it reaches the phones, how fast answers reach the projector, the heap per phone
 * while connected and a minute after they left, the server's CPU per draw, pushes and bytes per
 * phone per draw, joins per second and the start of the app; and the same for the smallest Vaadin
 * push page ({@code nl.buurtkaarten.bench.BarePushPage}) in the same run, so that every figure is
 * also a ratio app/bare. It reports; it fails only when something is lost, doubled or goes wrong
 * on a phone, never on a time.
 *
 * <p>Run: {@code mvn verify -Pproduction,load-benchmark} (Maven on JDK 21+, see the README);
 * {@code -Dload.scale=0.1} scales the phone counts for a quick run, {@code -Dload.passes=N}
 * repeats and reports the spread, {@code -Dload.linger=60} is the wait in seconds after the phones
 * left, {@code -Dload.draws=3} the measured draws per scenario. Figures go to
 * {@code target/load-benchmark/}, the table also into {@code src/site/markdown/performance.md}
 * ("Latest run"). See src/site/markdown/decisions/2026-12-04-load-benchmark.md.
 */
class LoadBenchmarkIT {

    static final double SCALE = Double.parseDouble(System.getProperty("load.scale", "1"));
    static final int PASSES = Integer.getInteger("load.passes", 1);
    static final int DRAWS = Integer.getInteger("load.draws", 3);
    /** Only the scenarios whose name contains this (for profiling one); such a run leaves the performance page alone. */
    static final String ONLY = System.getProperty("load.only", "").strip();
    /** {@code -Dload.histograms=true}: the app's objects by class before, with the phones and after they left, to target/load-benchmark/. */
    static final boolean HISTOGRAMS = Boolean.getBoolean("load.histograms");
    /** {@code -Dload.heap-dumps=true}: the app's heap with the phones connected and after they left (HPROF, large). */
    static final boolean HEAP_DUMPS = Boolean.getBoolean("load.heap-dumps");

    static final Duration LINGER = Duration.ofSeconds(Long.getLong("load.linger", 60));
    /** Phones joining at the same moment in the ordinary scenarios, as in {@code browser.PhoneBurstIT}. */
    static final int JOINING_AT_ONCE = 8;

    static final Duration PATIENCE = Duration.ofMinutes(3);

    static final Path PROJECT =
            Path.of(System.getProperty("load.project", ".")).toAbsolutePath().normalize();
    static final Path JAR = Path.of(System.getProperty("load.jar", "target/app/buurtkaarten-0.1.0-SNAPSHOT.jar"))
            .toAbsolutePath();
    static final Path OUT = PROJECT.resolve("target/load-benchmark");
    static final Path PERFORMANCE_PAGE = PROJECT.resolve("src/site/markdown/performance.md");

    /** How the phones of a scenario join: a few at a time as fast as the app takes them, or spread evenly over a window. */
    enum Joining {
        FEW_AT_A_TIME,
        SPREAD
    }

    record Scenario(
            String name,
            int meetings,
            int phonesPerMeeting,
            Joining joining,
            Duration joinWindow,
            Duration answerWindow) {

        int phones() {
            return meetings * phonesPerMeeting;
        }
    }

    /** A figure of the table: its key (CSV), header, decimals. */
    record Metric(String key, String header, int decimals) {}

    static final List<Metric> METRICS = List.of(
            new Metric("phones", "N", 0),
            new Metric("draw_p50_ms", "draw→phone p50 ms", 0),
            new Metric("draw_p95_ms", "p95", 0),
            new Metric("draw_p99_ms", "p99", 0),
            new Metric("draw_max_ms", "max", 0),
            new Metric("answer_p50_ms", "answer→projector p50 ms", 0),
            new Metric("answer_p95_ms", "p95", 0),
            new Metric("heap_per_phone_kb", "heap/phone KB", 0),
            new Metric("held_per_phone_kb", "held after leaving KB/phone", 0),
            new Metric("rss_mb", "RSS MB", 0),
            new Metric("cpu_ms_per_draw", "CPU ms/draw", 0),
            new Metric("cpu_ms_per_draw_phone", "CPU ms/draw/phone", 2),
            new Metric("cpu_ms_per_answer", "CPU ms/answer", 1),
            new Metric("pushes_per_phone_draw", "pushes/phone/draw", 2),
            new Metric("bytes_per_phone_draw", "bytes/phone/draw", 0),
            new Metric("joins_per_s", "joins/s", 1),
            new Metric("join_p95_ms", "join p95 ms", 0),
            new Metric("threads_peak", "threads", 0),
            new Metric("start_s", "start→first page s", 1));

    static final List<Metric> PAGE_METRICS = List.of(
            new Metric("first_kb", "first load KB", 0),
            new Metric("first_requests", "requests", 0),
            new Metric("warm_kb", "warm reload KB", 1),
            new Metric("warm_requests", "requests", 0));

    private final List<String> failures = new CopyOnWriteArrayList<>();

    static int scaled(int phones) {
        return Math.max(2, (int) Math.round(phones * SCALE));
    }

    static List<Scenario> scenarios() {
        Duration steady = Duration.ofSeconds(5);
        Duration burst = Duration.ofMillis(900);
        Duration storm = Duration.ofMillis(Math.max(1000, Math.round(30_000 * SCALE)));
        return Stream.of(
                        new Scenario("25 phones", 1, scaled(25), Joining.FEW_AT_A_TIME, null, steady),
                        new Scenario("100 phones", 1, scaled(100), Joining.FEW_AT_A_TIME, null, steady),
                        new Scenario(
                                "250 phones, answer burst in 1 s", 1, scaled(250), Joining.FEW_AT_A_TIME, null, burst),
                        new Scenario("10 meetings × 100 phones", 10, scaled(100), Joining.FEW_AT_A_TIME, null, steady),
                        new Scenario(
                                "join storm: 250 in " + (storm.toMillis() / 1000.0) + " s",
                                1,
                                scaled(250),
                                Joining.SPREAD,
                                storm,
                                steady))
                .filter(scenario -> scenario.name().contains(ONLY))
                .toList();
    }

    @Test
    void measuresTheAppAgainstTheBareVaadinPage() throws Exception {
        assumeFalse(scenarios().isEmpty(), "no scenario of the phones is named like " + ONLY);
        assertThat(JAR)
                .as(
                        "the production build (target/app/); build it in the same run: mvn verify -Pproduction,load-benchmark")
                .exists();
        Files.createDirectories(OUT);
        List<Scenario> scenarios = scenarios();
        // results.get(scenario).get(kind) -> one map of figures per pass
        Map<String, Map<String, List<Map<String, Double>>>> results = new LinkedHashMap<>();
        Map<String, List<Map<String, Double>>> pages = new LinkedHashMap<>();
        List<String> csv = new ArrayList<>();
        csv.add("pass,scenario,kind," + METRICS.stream().map(Metric::key).collect(Collectors.joining(",")));
        for (int pass = 1; pass <= PASSES; pass++) {
            for (Scenario scenario : scenarios) {
                // App and bare one after the other, per scenario: the machine's noise hits both alike.
                for (Venue venue : List.of(new AppVenue(), new BareVenue())) {
                    boolean weigh = scenario == scenarios.getFirst();
                    Map<String, Double> figures = new LinkedHashMap<>();
                    Map<String, Double> page = new LinkedHashMap<>();
                    System.out.printf(
                            "[load] pass %d, %s, %s: %d phones%n",
                            pass, scenario.name(), venue.kind(), scenario.phones());
                    try {
                        run(scenario, venue, pass, figures, weigh ? page : null);
                    } catch (Exception | AssertionError e) {
                        failures.add(pass + " " + scenario.name() + " " + venue.kind() + ": " + e);
                        e.printStackTrace(System.out);
                    }
                    results.computeIfAbsent(scenario.name(), name -> new LinkedHashMap<>())
                            .computeIfAbsent(venue.kind(), kind -> new ArrayList<>())
                            .add(figures);
                    if (weigh) {
                        pages.computeIfAbsent(venue.kind(), kind -> new ArrayList<>())
                                .add(page);
                    }
                    int currentPass = pass;
                    csv.add(currentPass + ",\"" + scenario.name() + "\"," + venue.kind() + ","
                            + METRICS.stream()
                                    .map(metric -> Stats.format(figures.getOrDefault(metric.key(), Double.NaN), 3))
                                    .collect(Collectors.joining(",")));
                    Files.write(OUT.resolve("figures.csv"), csv, StandardCharsets.UTF_8);
                    // The table so far, so that a run cut short still leaves what it measured.
                    Files.writeString(
                            OUT.resolve("table.md"), table(scenarios, results, pages), StandardCharsets.UTF_8);
                }
            }
        }
        String table = table(scenarios, results, pages);
        System.out.println(table);
        Files.writeString(OUT.resolve("table.md"), table, StandardCharsets.UTF_8);
        Files.write(OUT.resolve("page-weight.csv"), pageCsv(pages), StandardCharsets.UTF_8);
        if (ONLY.isEmpty()) {
            recordInPerformancePage(table);
        }
        assertThat(failures)
                .as("what went wrong (lost, doubled, errors on phones)")
                .isEmpty();
    }

    /**
     * The live API's followers (issue 13): 25 and then 250 of them on one meeting, the facilitator drawing in the
     * control view ({@code -Dload.only="API followers"} for only this). Written to
     * {@code target/load-benchmark/api-followers.md}; like the phones, it fails only when a follower misses a draw
     * or gets an error.
     */
    @Test
    void measuresTheLiveApisFollowers() throws Exception {
        assumeTrue("API followers".contains(ONLY), "the API followers are not named like " + ONLY);
        assertThat(JAR)
                .as(
                        "the production build (target/app/); build it in the same run: mvn verify -Pproduction,load-benchmark")
                .exists();
        Files.createDirectories(OUT);
        List<Integer> steps = List.of(scaled(25), scaled(250));
        List<Map<Integer, Map<String, Double>>> passes = new ArrayList<>();
        FollowersRun run = new FollowersRun(failures);
        for (int pass = 1; pass <= PASSES; pass++) {
            System.out.printf("[load] pass %d, API followers: %s%n", pass, steps);
            try {
                passes.add(run.run(pass, steps));
            } catch (Exception | AssertionError e) {
                failures.add(pass + " API followers: " + e);
                e.printStackTrace(System.out);
            }
            Files.writeString(
                    OUT.resolve("api-followers.md"), FollowersRun.table(passes, steps), StandardCharsets.UTF_8);
        }
        System.out.println(FollowersRun.table(passes, steps));
        assertThat(failures)
                .as("what went wrong (a follower missed a draw, an error)")
                .isEmpty();
    }

    /**
     * Two app nodes on one PostgreSQL database (issue 14): the same phones of one meeting half and half on two nodes,
     * on one node on the same PostgreSQL server and on one node on H2, in each pass ({@link TwoNodesRun}). Needs a
     * PostgreSQL server: {@code bash src/test/scripts/postgresql.sh verify -Pproduction,load-benchmark
     * -Dload.only="two nodes"}; without one it is skipped. Written to {@code target/load-benchmark/two-nodes.md} and
     * the two-node block of the performance page; it fails only when a phone misses or doubles a draw, an answer
     * is lost or doubled, or a page reports a problem.
     */
    @Test
    void measuresTwoNodesOnePostgresql() throws Exception {
        assumeTrue("two nodes".contains(ONLY), "the two-node run is not named like " + ONLY);
        assumeTrue(
                TwoNodesRun.postgresqlIsGiven(),
                "no PostgreSQL server given; run: bash src/test/scripts/postgresql.sh verify"
                        + " -Pproduction,load-benchmark -Dload.only=\"two nodes\"");
        assertThat(JAR)
                .as(
                        "the production build (target/app/); build it in the same run: mvn verify -Pproduction,load-benchmark")
                .exists();
        Files.createDirectories(OUT);
        int phones = scaled(250);
        Map<TwoNodesRun.Setup, List<Map<String, Map<String, Double>>>> results = new LinkedHashMap<>();
        TwoNodesRun run = new TwoNodesRun(failures);
        for (int pass = 1; pass <= PASSES; pass++) {
            // Each pass starts with another setup, so that none is always the first after a quiet (or busy) spell.
            List<TwoNodesRun.Setup> setups = new ArrayList<>(List.of(TwoNodesRun.Setup.values()));
            Collections.rotate(setups, -(pass - 1));
            for (TwoNodesRun.Setup setup : setups) {
                System.out.printf("[load] pass %d, %s: %d phones%n", pass, setup.label, phones);
                Map<String, Map<String, Double>> figures = Map.of();
                try {
                    figures = run.run(pass, setup, phones);
                } catch (Exception | AssertionError e) {
                    failures.add(pass + " " + setup.label + ": " + e);
                    e.printStackTrace(System.out);
                }
                results.computeIfAbsent(setup, key -> new ArrayList<>()).add(figures);
                Files.write(OUT.resolve("two-nodes.csv"), TwoNodesRun.csv(results), StandardCharsets.UTF_8);
                Files.writeString(
                        OUT.resolve("two-nodes.md"), TwoNodesRun.table(results, phones), StandardCharsets.UTF_8);
            }
        }
        String table = TwoNodesRun.table(results, phones);
        System.out.println(table);
        Files.writeString(OUT.resolve("two-nodes.md"), machine() + "\n\n" + table, StandardCharsets.UTF_8);
        TwoNodesRun.recordInPerformancePage(table);
        assertThat(failures)
                .as("what went wrong (a draw missed or doubled on a node, an answer lost or doubled, errors)")
                .isEmpty();
    }

    // One scenario on one fresh start of the jar

    private void run(Scenario scenario, Venue venue, int pass, Map<String, Double> figures, Map<String, Double> page)
            throws Exception {
        Path data = Files.createTempDirectory("load-benchmark-data");
        String logName =
                "server-" + pass + "-" + scenario.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + venue.kind() + ".log";
        try (ServerProcess server = ServerProcess.start(
                        JAR, PROJECT, data, OUT.resolve(logName), venue.firstPage(), venue.settings());
                Phones staff = new Phones(server.base(), 1, PATIENCE)) {
            figures.put("phones", (double) scenario.phones());
            figures.put("start_s", server.startToFirstPage().toMillis() / 1000.0);
            venue.prepare(staff, scenario.meetings());
            if (page != null) {
                PageWeight.Weight weight = PageWeight.of(server.base(), venue.phonePage(0));
                page.put("first_kb", weight.first().kilobytes());
                page.put("first_requests", (double) weight.first().requests());
                page.put("warm_kb", weight.warm().kilobytes());
                page.put("warm_requests", (double) weight.warm().requests());
                List<String> requests = new ArrayList<>(List.of("first load (status, bytes on the wire, address):"));
                requests.addAll(weight.firstRequests());
                requests.add("warm reload:");
                requests.addAll(weight.warmRequests());
                Files.write(
                        OUT.resolve("page-requests-" + pass + "-" + venue.kind() + ".txt"),
                        requests,
                        StandardCharsets.UTF_8);
            }
            long heapBefore = server.heapAfterFullGc();
            String histogramName =
                    "histogram-" + pass + "-" + scenario.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + venue.kind();
            if (HISTOGRAMS) {
                Files.writeString(OUT.resolve(histogramName + "-before.txt"), server.classHistogram());
            }
            int[] threadsPeak = {server.threads()};

            Phones network = new Phones(server.base(), 2, PATIENCE);
            try {
                List<List<Phone>> crowds = IntStream.range(0, scenario.meetings())
                        .mapToObj(m -> IntStream.range(0, scenario.phonesPerMeeting())
                                .mapToObj(i -> network.newPhone("Ouder " + (m + 1) + "-" + (i + 1)))
                                .toList())
                        .toList();
                List<Phone> everyone = crowds.stream().flatMap(List::stream).toList();
                List<Phone> watched =
                        Stream.concat(everyone.stream(), staff.all().stream()).toList();

                join(scenario, venue, crowds, figures);
                threadsPeak[0] = Math.max(threadsPeak[0], server.threads());
                // The process's resident memory with every phone connected, before the GC (which may give memory back).
                long rss = server.rssBytes();
                if (rss > 0) {
                    figures.put("rss_mb", rss / 1024.0 / 1024.0);
                }
                long heapConnected = server.heapAfterFullGc();
                if (HISTOGRAMS) {
                    Files.writeString(OUT.resolve(histogramName + "-connected.txt"), server.classHistogram());
                }
                if (HEAP_DUMPS) {
                    server.heapDump(OUT.resolve(histogramName + "-connected.hprof"));
                }
                figures.put("heap_per_phone_kb", (heapConnected - heapBefore) / 1024.0 / everyone.size());

                // One draw to warm up (the first of a fresh JVM), then the measured ones.
                drawRound(venue, crowds, watched, server, null);
                List<Double> latencies = new ArrayList<>();
                List<Double> pushes = new ArrayList<>();
                List<Double> bytes = new ArrayList<>();
                long cpu = 0;
                for (int draw = 0; draw < DRAWS; draw++) {
                    DrawResult result = drawRound(venue, crowds, watched, server, threadsPeak);
                    latencies.addAll(result.latenciesMs());
                    pushes.addAll(result.pushes());
                    bytes.addAll(result.bytes());
                    cpu += result.cpuNanos();
                }
                figures.put("draw_p50_ms", Stats.percentile(latencies, 50));
                figures.put("draw_p95_ms", Stats.percentile(latencies, 95));
                figures.put("draw_p99_ms", Stats.percentile(latencies, 99));
                figures.put("draw_max_ms", Stats.max(latencies));
                figures.put("pushes_per_phone_draw", Stats.mean(pushes));
                figures.put("bytes_per_phone_draw", Stats.mean(bytes));
                figures.put("cpu_ms_per_draw", cpu / 1e6 / DRAWS / scenario.meetings());
                figures.put("cpu_ms_per_draw_phone", cpu / 1e6 / DRAWS / everyone.size());

                answerRound(scenario, venue, crowds, watched, server, figures, threadsPeak);
                figures.put("threads_peak", (double) threadsPeak[0]);

                for (Phone phone : everyone) {
                    if (!phone.problems().isEmpty()) {
                        failures.add(scenario.name() + " " + venue.kind() + ": " + phone.name() + " had problems "
                                + phone.problems());
                    }
                }
                for (Phone phone : venue.pages()) {
                    if (!phone.problems().isEmpty()) {
                        failures.add(scenario.name() + " " + venue.kind() + ": the facilitator's " + phone.name()
                                + " had problems " + phone.problems());
                    }
                }
            } finally {
                // Every phone closes its tab (unload beacon, WebSocket closed), as parents leave.
                network.close();
            }
            // A minute later: what the server still holds of the phones that left.
            CompletableFuture.runAsync(
                            () -> {}, CompletableFuture.delayedExecutor(LINGER.toMillis(), TimeUnit.MILLISECONDS))
                    .join();
            long heapAfter = server.heapAfterFullGc();
            figures.put("held_per_phone_kb", (heapAfter - heapBefore) / 1024.0 / scenario.phones());
            if (HISTOGRAMS) {
                Files.writeString(OUT.resolve(histogramName + "-left.txt"), server.classHistogram());
            }
            if (HEAP_DUMPS) {
                server.heapDump(OUT.resolve(histogramName + "-left.hprof"));
            }
            System.out.printf("[load]   %s%n", figures);
        } finally {
            deleteQuietly(data);
        }
    }

    private void join(Scenario scenario, Venue venue, List<List<Phone>> crowds, Map<String, Double> figures)
            throws Exception {
        List<Phone> order = new ArrayList<>();
        Map<Phone, Integer> meetingOf = new HashMap<>();
        // Meetings fill side by side: phone 1 of every meeting, then phone 2, ...
        for (int i = 0; i < scenario.phonesPerMeeting(); i++) {
            for (int m = 0; m < scenario.meetings(); m++) {
                Phone phone = crowds.get(m).get(i);
                order.add(phone);
                meetingOf.put(phone, m);
            }
        }
        List<Double> joinMs = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        CompletableFuture<Void> all;
        if (scenario.joining() == Joining.SPREAD) {
            ScheduledExecutorService arrivals = Executors.newScheduledThreadPool(2);
            try {
                List<CompletableFuture<Void>> joins = new ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                    Phone phone = order.get(i);
                    CompletableFuture<Void> joined = new CompletableFuture<>();
                    arrivals.schedule(
                            () -> timedJoin(venue, phone, meetingOf.get(phone), joinMs)
                                    .whenComplete((ignored, error) -> {
                                        if (error == null) {
                                            joined.complete(null);
                                        } else {
                                            joined.completeExceptionally(error);
                                        }
                                    }),
                            i * scenario.joinWindow().toNanos() / order.size(),
                            TimeUnit.NANOSECONDS);
                    joins.add(joined);
                }
                all = CompletableFuture.allOf(joins.toArray(CompletableFuture[]::new));
                all.get(PATIENCE.toSeconds() + scenario.joinWindow().toSeconds(), TimeUnit.SECONDS);
            } finally {
                arrivals.shutdownNow();
            }
        } else {
            List<CompletableFuture<Void>> lines = new ArrayList<>();
            for (int line = 0; line < JOINING_AT_ONCE; line++) {
                CompletableFuture<Void> queue = CompletableFuture.completedFuture(null);
                for (int i = line; i < order.size(); i += JOINING_AT_ONCE) {
                    Phone phone = order.get(i);
                    queue = queue.thenCompose(ignored -> timedJoin(venue, phone, meetingOf.get(phone), joinMs));
                }
                lines.add(queue);
            }
            all = CompletableFuture.allOf(lines.toArray(CompletableFuture[]::new));
            all.get(PATIENCE.toSeconds() * 3, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        figures.put("joins_per_s", order.size() / seconds);
        figures.put("join_p95_ms", Stats.percentile(joinMs, 95));
    }

    private static CompletableFuture<Void> timedJoin(Venue venue, Phone phone, int meeting, List<Double> joinMs) {
        long started = System.nanoTime();
        return venue.join(phone, meeting).thenRun(() -> joinMs.add((System.nanoTime() - started) / 1e6));
    }

    // Draws

    record DrawResult(List<Double> latenciesMs, List<Double> pushes, List<Double> bytes, long cpuNanos) {}

    /** Every meeting's facilitator taps "next" at once; waits until every phone shows the new card and all is quiet. */
    private DrawResult drawRound(
            Venue venue, List<List<Phone>> crowds, List<Phone> watched, ServerProcess server, int[] threadsPeak) {
        Map<Phone, String> before = new HashMap<>();
        Map<Phone, CompletableFuture<Arrival>> seen = new LinkedHashMap<>();
        for (List<Phone> crowd : crowds) {
            for (Phone phone : crowd) {
                String shown = venue.shownDraw(phone);
                before.put(phone, shown);
                seen.put(phone, phone.until(now -> !Objects.equals(venue.shownDraw(now), shown)));
            }
        }
        long[] tapped = new long[crowds.size()];
        long cpuBefore = server.cpuNanos();
        List<CompletableFuture<Arrival>> taps = new ArrayList<>();
        for (int m = 0; m < crowds.size(); m++) {
            tapped[m] = System.nanoTime();
            taps.add(venue.draw(m));
        }
        long from = tapped[0];
        waitFor(Stream.concat(seen.values().stream(), taps.stream()).toList(), "the draw to reach every phone");
        if (threadsPeak != null) {
            threadsPeak[0] = Math.max(threadsPeak[0], server.threads());
        }
        quiet(watched);
        long cpu = server.cpuNanos() - cpuBefore;
        long to = System.nanoTime();

        List<Double> latencies = new ArrayList<>();
        List<Double> pushes = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        int missed = 0;
        for (int m = 0; m < crowds.size(); m++) {
            String drawn = venue.controlDraw(m);
            for (Phone phone : crowds.get(m)) {
                CompletableFuture<Arrival> arrival = seen.get(phone);
                if (!arrival.isDone() || arrival.isCompletedExceptionally()) {
                    missed++;
                    continue;
                }
                latencies.add((arrival.join().nanoTime() - tapped[m]) / 1e6);
                List<Arrival> window = phone.arrivals().stream()
                        .filter(a -> a.kind() == Arrival.Kind.PUSH && a.nanoTime() >= from && a.nanoTime() <= to)
                        .toList();
                pushes.add((double) window.size());
                bytes.add(window.stream().mapToDouble(Arrival::bytes).sum());
                String shown = venue.shownDraw(phone);
                if (!Objects.equals(shown, drawn) || Objects.equals(shown, before.get(phone))) {
                    failures.add(
                            phone.name() + " shows draw " + shown + " while its meeting's control view shows " + drawn);
                }
            }
        }
        if (missed > 0) {
            failures.add(missed + " phones never showed a draw");
        }
        return new DrawResult(latencies, pushes, bytes, cpu);
    }

    // Answers

    /**
     * Every phone types an answer, then the taps on "send" come spread evenly over the scenario's
     * window. The projector page notes each time its count of answers goes up; the k-th answer to
     * arrive (by the order of the taps) took from its tap until the projector counted k.
     */
    private void answerRound(
            Scenario scenario,
            Venue venue,
            List<List<Phone>> crowds,
            List<Phone> watched,
            ServerProcess server,
            Map<String, Double> figures,
            int[] threadsPeak)
            throws Exception {
        Map<Phone, String> texts = new HashMap<>();
        crowds.stream()
                .flatMap(List::stream)
                .forEach(phone -> texts.put(phone, "Bij ons thuis zingen we in het Nederlands, zegt " + phone.name()));
        waitFor(
                crowds.stream()
                        .flatMap(List::stream)
                        .map(phone -> venue.prepareAnswer(phone, texts.get(phone)))
                        .toList(),
                "typing the answers");
        quiet(watched);

        List<List<long[]>> counted = new ArrayList<>();
        List<CompletableFuture<Arrival>> complete = new ArrayList<>();
        for (int m = 0; m < crowds.size(); m++) {
            List<long[]> steps = new CopyOnWriteArrayList<>();
            counted.add(steps);
            int expected = crowds.get(m).size();
            Phone projector = venue.projector(m);
            int[] last = {venue.answersOnProjector(projector)};
            complete.add(projector.until(now -> {
                int count = venue.answersOnProjector(now);
                if (count > last[0]) {
                    steps.add(new long[] {System.nanoTime(), count});
                    last[0] = count;
                }
                return count >= expected;
            }));
        }
        List<Phone> order = new ArrayList<>();
        for (int i = 0; i < scenario.phonesPerMeeting(); i++) {
            for (List<Phone> crowd : crowds) {
                order.add(crowd.get(i));
            }
        }
        Map<Phone, Long> tappedAt = new ConcurrentHashMap<>();
        List<CompletableFuture<Arrival>> sent = new ArrayList<>();
        long cpuBefore = server.cpuNanos();
        // Threads of their own for the taps, as in PhoneBurstIT: a busy server must not delay them.
        ScheduledExecutorService fingers = Executors.newScheduledThreadPool(4);
        try {
            for (int i = 0; i < order.size(); i++) {
                Phone phone = order.get(i);
                CompletableFuture<Arrival> done = new CompletableFuture<>();
                fingers.schedule(
                        () -> {
                            tappedAt.put(phone, System.nanoTime());
                            venue.sendAnswer(phone).whenComplete((arrival, error) -> {
                                if (error == null) {
                                    done.complete(arrival);
                                } else {
                                    done.completeExceptionally(error);
                                }
                            });
                        },
                        i * scenario.answerWindow().toNanos() / order.size(),
                        TimeUnit.NANOSECONDS);
                sent.add(done);
            }
            waitFor(Stream.concat(sent.stream(), complete.stream()).toList(), "every answer to reach the projector");
        } finally {
            fingers.shutdownNow();
        }
        threadsPeak[0] = Math.max(threadsPeak[0], server.threads());
        quiet(watched);
        long cpu = server.cpuNanos() - cpuBefore;
        figures.put("cpu_ms_per_answer", cpu / 1e6 / order.size());

        List<Double> latencies = new ArrayList<>();
        for (int m = 0; m < crowds.size(); m++) {
            List<Long> taps = crowds.get(m).stream()
                    .map(tappedAt::get)
                    .filter(Objects::nonNull)
                    .sorted()
                    .toList();
            List<long[]> steps = counted.get(m);
            for (int k = 1; k <= taps.size(); k++) {
                int rank = k;
                steps.stream()
                        .filter(step -> step[1] >= rank)
                        .findFirst()
                        .ifPresent(step -> latencies.add((step[0] - taps.get(rank - 1)) / 1e6));
            }
            int shown = venue.answersOnProjector(venue.projector(m));
            if (shown != crowds.get(m).size()) {
                failures.add(scenario.name() + " " + venue.kind() + ": meeting " + (m + 1) + "'s projector counts "
                        + shown + " answers of " + crowds.get(m).size());
            }
            venue.checkAnswers(m, crowds.get(m), texts)
                    .forEach(wrong -> failures.add(scenario.name() + " " + venue.kind() + ": " + wrong));
        }
        figures.put("answer_p50_ms", Stats.percentile(latencies, 50));
        figures.put("answer_p95_ms", Stats.percentile(latencies, 95));
    }

    // Waiting

    /** Waits for all, at most {@link #PATIENCE}; what did not come is noted as a failure (and missing from the figures). */
    private void waitFor(Collection<? extends CompletableFuture<?>> futures, String what) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            long missing = futures.stream()
                    .filter(future -> !future.isDone() || future.isCompletedExceptionally())
                    .count();
            failures.add(
                    "waiting for " + what + ": " + missing + " of " + futures.size() + " did not come (" + e + ")");
        }
    }

    /** Until no phone has received a push or response for 300 ms: the draw or answer has done all it does. */
    private static void quiet(List<Phone> phones) {
        Supplier<Long> received = () -> phones.stream()
                .mapToLong(phone -> phone.arrivals().stream()
                        .filter(arrival ->
                                arrival.kind() == Arrival.Kind.PUSH || arrival.kind() == Arrival.Kind.RESPONSE)
                        .count())
                .sum();
        long[] last = {-1};
        long[] since = {System.nanoTime()};
        await().atMost(PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    long now = received.get();
                    long at = System.nanoTime();
                    if (now != last[0]) {
                        last[0] = now;
                        since[0] = at;
                    }
                    return at - since[0] >= Duration.ofMillis(300).toNanos();
                });
    }

    // Output

    private static String table(
            List<Scenario> scenarios,
            Map<String, Map<String, List<Map<String, Double>>>> results,
            Map<String, List<Map<String, Double>>> pages) {
        StringBuilder out = new StringBuilder();
        out.append("Load benchmark, production jar: scale ")
                .append(SCALE)
                .append(", ")
                .append(PASSES)
                .append(PASSES == 1 ? " pass" : " passes")
                .append(", ")
                .append(DRAWS)
                .append(" draws per scenario")
                .append(PASSES > 1 ? "; median (min–max) over passes" : "")
                .append(". Ratio = app/bare (the smallest Vaadin push page, same jar, same run).\n\n");
        out.append("| scenario | | ")
                .append(METRICS.stream().map(Metric::header).collect(Collectors.joining(" | ")))
                .append(" |\n");
        out.append("|---|---|").append("---:|".repeat(METRICS.size())).append('\n');
        for (Scenario scenario : scenarios) {
            Map<String, List<Map<String, Double>>> byKind = results.getOrDefault(scenario.name(), Map.of());
            List<Map<String, Double>> app = byKind.getOrDefault("app", List.of());
            List<Map<String, Double>> bare = byKind.getOrDefault("bare", List.of());
            out.append(row(scenario.name(), "app", METRICS, app))
                    .append(row("", "bare", METRICS, bare))
                    .append(ratioRow(METRICS, app, bare));
        }
        out.append("\nThe phone's page (")
                .append("app: the join page; bare: the bare push page), over the wire with gzip/br, "
                        + "response headers included:\n\n");
        out.append("| page | ")
                .append(PAGE_METRICS.stream().map(Metric::header).collect(Collectors.joining(" | ")))
                .append(" |\n");
        out.append("|---|").append("---:|".repeat(PAGE_METRICS.size())).append('\n');
        out.append(row("app", null, PAGE_METRICS, pages.getOrDefault("app", List.of())))
                .append(row("bare", null, PAGE_METRICS, pages.getOrDefault("bare", List.of())));
        String ratio =
                ratioRow(PAGE_METRICS, pages.getOrDefault("app", List.of()), pages.getOrDefault("bare", List.of()));
        out.append(ratio.replaceFirst("^\\|  \\| app/bare \\|", "| app/bare |"));
        return out.toString();
    }

    private static String row(String first, String second, List<Metric> metrics, List<Map<String, Double>> passes) {
        StringBuilder row = new StringBuilder("| ").append(first).append(" | ");
        if (second != null) {
            row.append(second).append(" | ");
        }
        for (Metric metric : metrics) {
            row.append(Stats.spread(
                            passes.stream()
                                    .map(pass -> pass.getOrDefault(metric.key(), Double.NaN))
                                    .toList(),
                            metric.decimals()))
                    .append(" | ");
        }
        return row.toString().stripTrailing() + "\n";
    }

    private static String ratioRow(
            List<Metric> metrics, List<Map<String, Double>> app, List<Map<String, Double>> bare) {
        StringBuilder row = new StringBuilder("|  | app/bare | ");
        for (Metric metric : metrics) {
            List<Double> ratios = new ArrayList<>();
            for (int pass = 0; pass < Math.min(app.size(), bare.size()); pass++) {
                double a = app.get(pass).getOrDefault(metric.key(), Double.NaN);
                double b = bare.get(pass).getOrDefault(metric.key(), Double.NaN);
                ratios.add(b == 0 ? Double.NaN : a / b);
            }
            row.append(metric.key().equals("phones") ? "" : Stats.spread(ratios, 2))
                    .append(" | ");
        }
        return row.toString().stripTrailing() + "\n";
    }

    private static List<String> pageCsv(Map<String, List<Map<String, Double>>> pages) {
        List<String> lines = new ArrayList<>();
        lines.add("pass,kind," + PAGE_METRICS.stream().map(Metric::key).collect(Collectors.joining(",")));
        pages.forEach((kind, passes) -> {
            for (int pass = 0; pass < passes.size(); pass++) {
                Map<String, Double> page = passes.get(pass);
                lines.add((pass + 1) + "," + kind + ","
                        + PAGE_METRICS.stream()
                                .map(metric -> Stats.format(page.getOrDefault(metric.key(), Double.NaN), 1))
                                .collect(Collectors.joining(",")));
            }
        });
        return lines;
    }

    static final String LATEST_START = "<!-- load-benchmark: latest run (written by LoadBenchmarkIT) -->";
    static final String LATEST_END = "<!-- load-benchmark: end of latest run -->";

    /** Replaces the "latest run" block of the performance page, if the page has one; the Before/After sections are kept by hand. */
    private static void recordInPerformancePage(String table) throws IOException {
        String block = LATEST_START + "\n" + machine() + "\n\n" + table + LATEST_END;
        Files.writeString(OUT.resolve("summary.md"), block + "\n", StandardCharsets.UTF_8);
        if (!Files.exists(PERFORMANCE_PAGE)) {
            return;
        }
        String text = Files.readString(PERFORMANCE_PAGE, StandardCharsets.UTF_8);
        int start = text.indexOf(LATEST_START);
        int end = text.indexOf(LATEST_END);
        if (start >= 0 && end > start) {
            Files.writeString(
                    PERFORMANCE_PAGE,
                    text.substring(0, start) + block + text.substring(end + LATEST_END.length()),
                    StandardCharsets.UTF_8);
        }
    }

    /** Date, commit and machine of this run. */
    static String machine() {
        String memory = "?";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal"))
                    .map(line -> Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GB")
                    .findFirst()
                    .orElse("?");
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return "Run " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + " on commit " + commit() + "; machine: "
                + Runtime.getRuntime().availableProcessors() + " cores (nproc), "
                + memory + " memory, Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + ")"
                + "; the app's JVM with its defaults (java -jar).";
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty")
                    .directory(PROJECT.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
