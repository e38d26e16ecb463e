package nl.buurtkaarten.load;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.buurtkaarten.load.LoadBenchmarkIT.Metric;
import nl.buurtkaarten.simulated.Arrival;
import nl.buurtkaarten.simulated.By;
import nl.buurtkaarten.simulated.Element;
import nl.buurtkaarten.simulated.Phone;
import nl.buurtkaarten.simulated.Phones;

/**
 * Two app nodes (issue 14): the production jar started twice, one process after the other (the first makes the
 * tables), on one fresh PostgreSQL database, and one meeting whose phones are split half and half over the two
 * nodes. The phones talk to their node directly (no load balancer: it only forwards bytes and would add its own
 * cost to both sides). The facilitator's projector and control view are on node A, so a draw reaches the phones on
 * A as on one node, and the phones on B through PostgreSQL's LISTEN/NOTIFY ({@code base.live.NodeRelay}) and node
 * B's own read of the meeting's picture. For comparison, in the same pass: the same phones on one node on the same
 * PostgreSQL server (a database of its own), and on one node on the H2 default, as the other scenarios run.
 *
 * <p>Measured as in the other scenarios: draw→phone (for the phones on A, on B and all together), the tap on
 * "Versturen" until the answer is listed in the control view on node A, the heap per phone per node, the CPU of
 * both processes per draw and per answer, pushes and bytes per phone per draw, joins per second. Checked: every
 * phone on both nodes showed every draw once and in the control view's order, and every answer is listed once.
 */
final class TwoNodesRun {

    static final String URL_PROPERTY = "buurtkaarten.it.postgresql.url";
    /** The answers' taps come spread over this window, as in the steady scenarios of the other table. */
    static final Duration ANSWER_WINDOW = Duration.ofSeconds(5);

    enum Setup {
        TWO_NODES("two nodes, PostgreSQL", 2, true),
        ONE_NODE("one node, PostgreSQL", 1, true),
        H2("one node, H2", 1, false);

        final String label;
        final int nodes;
        final boolean postgresql;

        Setup(String label, int nodes, boolean postgresql) {
            this.label = label;
            this.nodes = nodes;
            this.postgresql = postgresql;
        }
    }

    /** The rows of one setup's figures: all its phones, then (two nodes only) the phones of each node. */
    static final String ALL = "all";

    static final List<String> NODE_NAMES = List.of("A", "B");

    static final List<Metric> METRICS = List.of(
            new Metric("phones", "N", 0),
            new Metric("draw_p50_ms", "draw→phone p50 ms", 0),
            new Metric("draw_p95_ms", "p95", 0),
            new Metric("draw_p99_ms", "p99", 0),
            new Metric("draw_max_ms", "max", 0),
            new Metric("answer_p50_ms", "answer→control view p50 ms", 0),
            new Metric("answer_p95_ms", "p95", 0),
            new Metric("heap_per_phone_kb", "heap/phone KB", 0),
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

    private final List<String> failures;
    private final String serverUrl = System.getProperty(URL_PROPERTY, "");
    private final String dbUser = System.getProperty("buurtkaarten.it.postgresql.username", "buurtkaarten");
    private final String dbPassword = System.getProperty("buurtkaarten.it.postgresql.password", "");

    TwoNodesRun(List<String> failures) {
        this.failures = failures;
    }

    static boolean postgresqlIsGiven() {
        return System.getProperty(URL_PROPERTY, "").startsWith("jdbc:postgresql:");
    }

    /** One setup on fresh processes (and a fresh database): figures by row ({@link #ALL}, then "A" and "B"). */
    Map<String, Map<String, Double>> run(int pass, Setup setup, int phones) throws Exception {
        Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
        String database =
                setup.postgresql ? "load_bench_" + UUID.randomUUID().toString().substring(0, 8) : null;
        if (database != null) {
            execute("create database " + database + " encoding 'UTF8' template template0");
        }
        List<ServerProcess> nodes = new ArrayList<>();
        List<Path> dataDirs = new ArrayList<>();
        try {
            // One after the other, as src/deploy/two-nodes.sh does: the first makes the tables and the first account.
            for (int n = 0; n < setup.nodes; n++) {
                Path data = Files.createTempDirectory("load-benchmark-data");
                dataDirs.add(data);
                List<String> settings = database == null
                        ? List.of()
                        : List.of(
                                "--spring.datasource.url=" + databaseUrl(database),
                                "--spring.datasource.username=" + dbUser,
                                "--spring.datasource.password=" + dbPassword);
                String log = "server-" + pass + "-" + setup.name().toLowerCase().replace('_', '-') + "-node-"
                        + NODE_NAMES.get(n) + ".log";
                nodes.add(ServerProcess.start(
                        LoadBenchmarkIT.JAR,
                        LoadBenchmarkIT.PROJECT,
                        data,
                        LoadBenchmarkIT.OUT.resolve(log),
                        "join",
                        settings));
            }
            measure(setup, nodes, phones, rows);
        } finally {
            for (ServerProcess node : nodes.reversed()) {
                node.close();
            }
            dataDirs.forEach(LoadBenchmarkIT::deleteQuietly);
            if (database != null) {
                execute("drop database if exists " + database + " with (force)");
            }
        }
        return rows;
    }

    private void measure(Setup setup, List<ServerProcess> nodes, int count, Map<String, Map<String, Double>> rows)
            throws Exception {
        ServerProcess nodeA = nodes.getFirst();
        AppVenue venue = new AppVenue();
        List<Phones> networks = new ArrayList<>();
        try (Phones staff = new Phones(nodeA.base(), 1, LoadBenchmarkIT.PATIENCE)) {
            venue.prepare(staff, 1);
            long[] heapBefore =
                    nodes.stream().mapToLong(ServerProcess::heapAfterFullGc).toArray();
            int[] threadsPeak = nodes.stream().mapToInt(ServerProcess::threads).toArray();
            // The same number of client threads for the phones whatever the number of nodes.
            int workers = Math.max(1, 2 / nodes.size());
            for (ServerProcess node : nodes) {
                networks.add(new Phones(node.base(), workers, LoadBenchmarkIT.PATIENCE));
            }
            // Half and half, side by side: phone 1 on A, phone 2 on B, ...
            Map<Phone, Integer> nodeOf = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                int n = i % nodes.size();
                nodeOf.put(networks.get(n).newPhone("Ouder " + (i + 1)), n);
            }
            List<Phone> everyone = List.copyOf(nodeOf.keySet());
            List<Phone> watched =
                    Stream.concat(everyone.stream(), staff.all().stream()).toList();
            Map<String, List<Phone>> byRow = new LinkedHashMap<>();
            byRow.put(ALL, everyone);
            if (nodes.size() > 1) {
                for (int n = 0; n < nodes.size(); n++) {
                    int node = n;
                    byRow.put(
                            NODE_NAMES.get(n),
                            everyone.stream()
                                    .filter(phone -> nodeOf.get(phone) == node)
                                    .toList());
                }
            }
            byRow.keySet().forEach(row -> rows.put(row, new LinkedHashMap<>()));
            byRow.forEach((row, phones) -> rows.get(row).put("phones", (double) phones.size()));
            rows.get(ALL).put("start_s", nodeA.startToFirstPage().toMillis() / 1000.0);
            if (nodes.size() > 1) {
                for (int n = 0; n < nodes.size(); n++) {
                    rows.get(NODE_NAMES.get(n))
                            .put("start_s", nodes.get(n).startToFirstPage().toMillis() / 1000.0);
                }
            }

            // Joining: eight at a time, as the ordinary scenarios of the other table.
            Map<Phone, Double> joinMs = new ConcurrentHashMap<>();
            long joinStart = System.nanoTime();
            List<CompletableFuture<Void>> lines = new ArrayList<>();
            for (int line = 0; line < LoadBenchmarkIT.JOINING_AT_ONCE; line++) {
                CompletableFuture<Void> queue = CompletableFuture.completedFuture(null);
                for (int i = line; i < everyone.size(); i += LoadBenchmarkIT.JOINING_AT_ONCE) {
                    Phone phone = everyone.get(i);
                    queue = queue.thenCompose(ignored -> {
                        long started = System.nanoTime();
                        return venue.join(phone, 0)
                                .thenRun(() -> joinMs.put(phone, (System.nanoTime() - started) / 1e6));
                    });
                }
                lines.add(queue);
            }
            CompletableFuture.allOf(lines.toArray(CompletableFuture[]::new))
                    .get(LoadBenchmarkIT.PATIENCE.toSeconds() * 3, TimeUnit.SECONDS);
            double joinSeconds = (System.nanoTime() - joinStart) / 1e9;
            byRow.forEach((row, phones) -> {
                rows.get(row).put("joins_per_s", phones.size() / joinSeconds);
                rows.get(row).put("join_p95_ms", Stats.percentile(values(phones, joinMs), 95));
            });
            peak(nodes, threadsPeak);

            // Resident memory with every phone connected, then the heap after a full GC, per node.
            long[] rss = nodes.stream().mapToLong(ServerProcess::rssBytes).toArray();
            long[] heapConnected =
                    nodes.stream().mapToLong(ServerProcess::heapAfterFullGc).toArray();
            perNode(rows, nodes.size(), (row, n) -> {
                rows.get(row).put("rss_mb", sum(rss, n) / 1024.0 / 1024.0);
                double phones = rows.get(row).get("phones");
                rows.get(row).put("heap_per_phone_kb", (sum(heapConnected, n) - sum(heapBefore, n)) / 1024.0 / phones);
            });

            // What each phone shows of the draws, in order: every draw once, none twice, none missed.
            Map<Phone, List<String>> shownCards = new HashMap<>();
            for (Phone phone : everyone) {
                List<String> cards = new ArrayList<>();
                shownCards.put(phone, cards);
                phone.until(now -> {
                    String shown = venue.shownDraw(now);
                    if (shown != null && (cards.isEmpty() || !cards.getLast().equals(shown))) {
                        cards.add(shown);
                    }
                    return false;
                });
            }
            List<String> drawn = new ArrayList<>();

            // One draw to warm up, then the measured ones.
            drawRound(venue, everyone, watched, nodes, threadsPeak, drawn);
            Map<Phone, List<Double>> latencies = new HashMap<>();
            Map<Phone, List<Double>> pushes = new HashMap<>();
            Map<Phone, List<Double>> bytes = new HashMap<>();
            long[] cpu = new long[nodes.size()];
            for (int draw = 0; draw < LoadBenchmarkIT.DRAWS; draw++) {
                DrawRound round = drawRound(venue, everyone, watched, nodes, threadsPeak, drawn);
                round.latencies()
                        .forEach((phone, ms) -> latencies
                                .computeIfAbsent(phone, p -> new ArrayList<>())
                                .add(ms));
                round.pushes()
                        .forEach((phone, n) -> pushes.computeIfAbsent(phone, p -> new ArrayList<>())
                                .add(n));
                round.bytes()
                        .forEach((phone, n) -> bytes.computeIfAbsent(phone, p -> new ArrayList<>())
                                .add(n));
                for (int n = 0; n < nodes.size(); n++) {
                    cpu[n] += round.cpuNanos()[n];
                }
            }
            byRow.forEach((row, phones) -> {
                List<Double> ms = flat(phones, latencies);
                Map<String, Double> figures = rows.get(row);
                figures.put("draw_p50_ms", Stats.percentile(ms, 50));
                figures.put("draw_p95_ms", Stats.percentile(ms, 95));
                figures.put("draw_p99_ms", Stats.percentile(ms, 99));
                figures.put("draw_max_ms", Stats.max(ms));
                figures.put("pushes_per_phone_draw", Stats.mean(flat(phones, pushes)));
                figures.put("bytes_per_phone_draw", Stats.mean(flat(phones, bytes)));
            });
            perNode(rows, nodes.size(), (row, n) -> {
                double perDraw = sum(cpu, n) / 1e6 / LoadBenchmarkIT.DRAWS;
                rows.get(row).put("cpu_ms_per_draw", perDraw);
                rows.get(row)
                        .put("cpu_ms_per_draw_phone", perDraw / rows.get(row).get("phones"));
            });
            for (Phone phone : everyone) {
                List<String> cards = shownCards.get(phone);
                if (!cards.equals(drawn)) {
                    failures.add(setup.label + ": " + phone.name() + " on node " + NODE_NAMES.get(nodeOf.get(phone))
                            + " showed the cards " + cards + " while the control view drew " + drawn);
                }
            }

            answerRound(setup, venue, everyone, watched, nodes, byRow, rows);
            peak(nodes, threadsPeak);
            perNode(rows, nodes.size(), (row, n) -> rows.get(row).put("threads_peak", (double) sum(threadsPeak, n)));

            for (Phone phone : everyone) {
                if (!phone.problems().isEmpty()) {
                    failures.add(setup.label + ": " + phone.name() + " had problems " + phone.problems());
                }
            }
            for (Phone page : venue.pages()) {
                if (!page.problems().isEmpty()) {
                    failures.add(
                            setup.label + ": the facilitator's " + page.name() + " had problems " + page.problems());
                }
            }
            System.out.printf("[load]   %s: %s%n", setup.label, rows);
        } finally {
            // Every phone closes its tab, as parents leave.
            networks.forEach(Phones::close);
        }
    }

    record DrawRound(
            Map<Phone, Double> latencies, Map<Phone, Double> pushes, Map<Phone, Double> bytes, long[] cpuNanos) {}

    /** The facilitator taps "Volgende kaart" on node A; waits until every phone on both nodes shows the new card. */
    private DrawRound drawRound(
            AppVenue venue,
            List<Phone> phones,
            List<Phone> watched,
            List<ServerProcess> nodes,
            int[] threadsPeak,
            List<String> drawn) {
        Map<Phone, String> before = new HashMap<>();
        Map<Phone, CompletableFuture<Arrival>> seen = new LinkedHashMap<>();
        for (Phone phone : phones) {
            String shown = venue.shownDraw(phone);
            before.put(phone, shown);
            seen.put(phone, phone.until(now -> !Objects.equals(venue.shownDraw(now), shown)));
        }
        long[] cpuBefore = nodes.stream().mapToLong(ServerProcess::cpuNanos).toArray();
        long tapped = System.nanoTime();
        CompletableFuture<Arrival> tap = venue.draw(0);
        waitFor(Stream.concat(seen.values().stream(), Stream.of(tap)).toList(), "the draw to reach every phone");
        peak(nodes, threadsPeak);
        quiet(watched);
        long[] cpu = new long[nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            cpu[n] = nodes.get(n).cpuNanos() - cpuBefore[n];
        }
        long to = System.nanoTime();
        String card = venue.controlDraw(0);
        drawn.add(card);

        Map<Phone, Double> latencies = new HashMap<>();
        Map<Phone, Double> pushes = new HashMap<>();
        Map<Phone, Double> bytes = new HashMap<>();
        int missed = 0;
        for (Phone phone : phones) {
            CompletableFuture<Arrival> arrival = seen.get(phone);
            if (!arrival.isDone() || arrival.isCompletedExceptionally()) {
                missed++;
                continue;
            }
            latencies.put(phone, (arrival.join().nanoTime() - tapped) / 1e6);
            List<Arrival> window = phone.arrivals().stream()
                    .filter(a -> a.kind() == Arrival.Kind.PUSH && a.nanoTime() >= tapped && a.nanoTime() <= to)
                    .toList();
            pushes.put(phone, (double) window.size());
            bytes.put(phone, window.stream().mapToDouble(Arrival::bytes).sum());
            String shown = venue.shownDraw(phone);
            if (!Objects.equals(shown, card) || Objects.equals(shown, before.get(phone))) {
                failures.add(phone.name() + " shows draw " + shown + " while the control view shows " + card);
            }
        }
        if (missed > 0) {
            failures.add(missed + " phones never showed draw " + card);
        }
        return new DrawRound(latencies, pushes, bytes, cpu);
    }

    /**
     * Every phone types an answer, then the taps on "Versturen" come spread over {@link #ANSWER_WINDOW}, the phones
     * of both nodes side by side. The control view on node A notes when each answer's text first appears in its
     * list; an answer's time is from its tap until then.
     */
    private void answerRound(
            Setup setup,
            AppVenue venue,
            List<Phone> phones,
            List<Phone> watched,
            List<ServerProcess> nodes,
            Map<String, List<Phone>> byRow,
            Map<String, Map<String, Double>> rows) {
        Map<Phone, String> texts = new HashMap<>();
        phones.forEach(phone -> texts.put(phone, "Bij ons thuis zingen we in het Nederlands, zegt " + phone.name()));
        waitFor(
                phones.stream()
                        .map(phone -> venue.prepareAnswer(phone, texts.get(phone)))
                        .toList(),
                "typing");
        quiet(watched);

        Phone control = venue.control(0);
        Map<String, Long> listedAt = new ConcurrentHashMap<>();
        CompletableFuture<Arrival> allListed = control.until(now -> {
            long at = System.nanoTime();
            for (Element answer : now.findAll(By.className("bk-control-answer-text"))) {
                listedAt.putIfAbsent(answer.text(), at);
            }
            return texts.values().stream().allMatch(listedAt::containsKey);
        });
        Phone projector = venue.projector(0);
        CompletableFuture<Arrival> allCounted = projector.until(now -> venue.answersOnProjector(now) >= phones.size());

        Map<Phone, Long> tappedAt = new ConcurrentHashMap<>();
        List<CompletableFuture<Arrival>> sent = new ArrayList<>();
        long[] cpuBefore = nodes.stream().mapToLong(ServerProcess::cpuNanos).toArray();
        ScheduledExecutorService fingers = Executors.newScheduledThreadPool(4);
        try {
            for (int i = 0; i < phones.size(); i++) {
                Phone phone = phones.get(i);
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
                        i * ANSWER_WINDOW.toNanos() / phones.size(),
                        TimeUnit.NANOSECONDS);
                sent.add(done);
            }
            List<CompletableFuture<Arrival>> all = new ArrayList<>(sent);
            all.add(allListed);
            all.add(allCounted);
            waitFor(all, "every answer to reach the control view and the projector");
        } finally {
            fingers.shutdownNow();
        }
        quiet(watched);
        long[] cpu = new long[nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            cpu[n] = nodes.get(n).cpuNanos() - cpuBefore[n];
        }
        perNode(
                rows,
                nodes.size(),
                (row, n) -> rows.get(row).put("cpu_ms_per_answer", sum(cpu, n) / 1e6 / phones.size()));

        Map<Phone, Double> answerMs = new HashMap<>();
        for (Phone phone : phones) {
            Long listed = listedAt.get(texts.get(phone));
            Long tapped = tappedAt.get(phone);
            if (listed != null && tapped != null) {
                answerMs.put(phone, (listed - tapped) / 1e6);
            }
        }
        byRow.forEach((row, some) -> {
            List<Double> ms = values(some, answerMs);
            rows.get(row).put("answer_p50_ms", Stats.percentile(ms, 50));
            rows.get(row).put("answer_p95_ms", Stats.percentile(ms, 95));
        });
        int counted = venue.answersOnProjector(projector);
        if (counted != phones.size()) {
            failures.add(setup.label + ": the projector counts " + counted + " answers of " + phones.size());
        }
        venue.checkAnswers(0, phones, texts).forEach(wrong -> failures.add(setup.label + ": " + wrong));
    }

    // Helpers

    /** For the row of all phones: both nodes' figures summed; for node n's row: its own. */
    private static void perNode(Map<String, Map<String, Double>> rows, int nodes, RowFigure figure) {
        figure.put(ALL, -1);
        if (nodes > 1) {
            for (int n = 0; n < nodes; n++) {
                figure.put(NODE_NAMES.get(n), n);
            }
        }
    }

    @FunctionalInterface
    private interface RowFigure {
        /** @param node the node, or -1 for all of them */
        void put(String row, int node);
    }

    private static long sum(long[] perNode, int node) {
        return node < 0 ? Arrays.stream(perNode).sum() : perNode[node];
    }

    private static long sum(int[] perNode, int node) {
        return node < 0 ? Arrays.stream(perNode).sum() : perNode[node];
    }

    private static void peak(List<ServerProcess> nodes, int[] threadsPeak) {
        for (int n = 0; n < nodes.size(); n++) {
            threadsPeak[n] = Math.max(threadsPeak[n], nodes.get(n).threads());
        }
    }

    private static List<Double> values(Collection<Phone> phones, Map<Phone, Double> figure) {
        return phones.stream().map(figure::get).filter(Objects::nonNull).toList();
    }

    private static List<Double> flat(Collection<Phone> phones, Map<Phone, List<Double>> figure) {
        return phones.stream()
                .flatMap(phone -> figure.getOrDefault(phone, List.of()).stream())
                .toList();
    }

    /** Waits for all, at most the benchmark's patience; what did not come is noted as a failure. */
    private void waitFor(Collection<? extends CompletableFuture<?>> futures, String what) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .get(LoadBenchmarkIT.PATIENCE.toSeconds(), TimeUnit.SECONDS);
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
        long[] last = {-1};
        long[] since = {System.nanoTime()};
        await().atMost(LoadBenchmarkIT.PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    long now = phones.stream()
                            .mapToLong(phone -> phone.arrivals().stream()
                                    .filter(arrival -> arrival.kind() == Arrival.Kind.PUSH
                                            || arrival.kind() == Arrival.Kind.RESPONSE)
                                    .count())
                            .sum();
                    long at = System.nanoTime();
                    if (now != last[0]) {
                        last[0] = now;
                        since[0] = at;
                    }
                    return at - since[0] >= Duration.ofMillis(300).toNanos();
                });
    }

    private String databaseUrl(String database) {
        return serverUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    // The table

    /** The table of all passes: each setup's rows, then the ratios, each per pass and then median (min–max). */
    static String table(Map<Setup, List<Map<String, Map<String, Double>>>> results, int phones) {
        StringBuilder out = new StringBuilder();
        int passes = results.values().stream().mapToInt(List::size).max().orElse(0);
        out.append("Two nodes, production jar: ")
                .append(phones)
                .append(" phones in one meeting, scale ")
                .append(LoadBenchmarkIT.SCALE)
                .append(", ")
                .append(passes)
                .append(passes == 1 ? " pass" : " passes")
                .append(", ")
                .append(LoadBenchmarkIT.DRAWS)
                .append(" draws, answers spread over ")
                .append(ANSWER_WINDOW.toSeconds())
                .append(" s")
                .append(passes > 1 ? "; median (min–max) over passes" : "")
                .append(". Two nodes: two app processes on one PostgreSQL database, the phones half and half on"
                        + " each, talking to their node directly (no load balancer); the facilitator's projector"
                        + " and control view on node A. Their row \"all\" sums RSS, CPU and threads over both"
                        + " processes; start is node A's. Ratios are taken per pass.\n\n");
        out.append("| setup | phones | ")
                .append(METRICS.stream().map(Metric::header).collect(Collectors.joining(" | ")))
                .append(" |\n");
        out.append("|---|---|").append("---:|".repeat(METRICS.size())).append('\n');
        Function<Setup, Function<String, List<Map<String, Double>>>> figures =
                setup -> row -> results.getOrDefault(setup, List.of()).stream()
                        .map(pass -> pass.getOrDefault(row, Map.of()))
                        .toList();
        for (Setup setup : Setup.values()) {
            if (!results.containsKey(setup)) {
                continue;
            }
            out.append(row(setup.label, "all", figures.apply(setup).apply(ALL)));
            if (setup.nodes > 1) {
                out.append(row(
                        "",
                        "on node A (the facilitator's)",
                        figures.apply(setup).apply("A")));
                out.append(row("", "on node B", figures.apply(setup).apply("B")));
            }
        }
        out.append(ratio(
                "two nodes / one node, PostgreSQL",
                "all",
                figures.apply(Setup.TWO_NODES).apply(ALL),
                figures.apply(Setup.ONE_NODE).apply(ALL)));
        out.append(ratio(
                "node B / node A, same draws",
                "two nodes",
                figures.apply(Setup.TWO_NODES).apply("B"),
                figures.apply(Setup.TWO_NODES).apply("A")));
        out.append(ratio(
                "one node: PostgreSQL / H2",
                "all",
                figures.apply(Setup.ONE_NODE).apply(ALL),
                figures.apply(Setup.H2).apply(ALL)));
        return out.toString();
    }

    private static String row(String first, String second, List<Map<String, Double>> passes) {
        StringBuilder row = new StringBuilder("| ")
                .append(first)
                .append(" | ")
                .append(second)
                .append(" | ");
        for (Metric metric : METRICS) {
            row.append(Stats.spread(
                            passes.stream()
                                    .map(pass -> pass.getOrDefault(metric.key(), Double.NaN))
                                    .toList(),
                            metric.decimals()))
                    .append(" | ");
        }
        return row.toString().stripTrailing() + "\n";
    }

    private static String ratio(
            String first, String second, List<Map<String, Double>> above, List<Map<String, Double>> below) {
        StringBuilder row = new StringBuilder("| ")
                .append(first)
                .append(" | ")
                .append(second)
                .append(" | ");
        for (Metric metric : METRICS) {
            List<Double> ratios = new ArrayList<>();
            for (int pass = 0; pass < Math.min(above.size(), below.size()); pass++) {
                double a = above.get(pass).getOrDefault(metric.key(), Double.NaN);
                double b = below.get(pass).getOrDefault(metric.key(), Double.NaN);
                ratios.add(b == 0 ? Double.NaN : a / b);
            }
            row.append(metric.key().equals("phones") ? "" : Stats.spread(ratios, 2))
                    .append(" | ");
        }
        return row.toString().stripTrailing() + "\n";
    }

    /** One line per pass, setup and row, for the CSV file. */
    static List<String> csv(Map<Setup, List<Map<String, Map<String, Double>>>> results) {
        List<String> lines = new ArrayList<>();
        lines.add("pass,setup,phones_on," + METRICS.stream().map(Metric::key).collect(Collectors.joining(",")));
        results.forEach((setup, passes) -> IntStream.range(0, passes.size())
                .forEach(pass -> passes.get(pass)
                        .forEach((row, figures) -> lines.add((pass + 1) + ",\"" + setup.label + "\"," + row + ","
                                + METRICS.stream()
                                        .map(metric -> Stats.format(figures.getOrDefault(metric.key(), Double.NaN), 3))
                                        .collect(Collectors.joining(","))))));
        return lines;
    }

    static final String BLOCK_START = "<!-- load-benchmark: two nodes (written by LoadBenchmarkIT) -->";
    static final String BLOCK_END = "<!-- load-benchmark: end of two nodes -->";

    /** Replaces the two-node block of the performance page, if it has one. */
    static void recordInPerformancePage(String table) throws IOException {
        Path page = LoadBenchmarkIT.PERFORMANCE_PAGE;
        if (!Files.exists(page)) {
            return;
        }
        String text = Files.readString(page);
        int start = text.indexOf(BLOCK_START);
        int end = text.indexOf(BLOCK_END);
        if (start >= 0 && end > start) {
            String block = BLOCK_START + "\n" + LoadBenchmarkIT.machine() + "\n\n" + table + BLOCK_END;
            Files.writeString(page, text.substring(0, start) + block + text.substring(end + BLOCK_END.length()));
        }
    }
}
