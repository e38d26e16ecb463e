package nl.buurtkaarten.load;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.buurtkaarten.load.ApiFollowers.Follower;
import nl.buurtkaarten.load.ApiFollowers.Received;
import nl.buurtkaarten.load.LoadBenchmarkIT.Metric;
import nl.buurtkaarten.simulated.Arrival;
import nl.buurtkaarten.simulated.Phones;

/**
 * The live API's followers (issue 13) on one fresh start of the production jar: the facilitator opens a
 * meeting and makes its read token in the control view, then first a few and then many followers connect
 * to {@code /live} as second screens or other apps do, and the facilitator draws from the control view.
 * Measured per step: the time from the tap on "Volgende kaart" to each follower's snapshot with the new
 * card, beside the control view's own answer to the same tap (the reference within the same moment of
 * the machine), messages and bytes per follower per draw, the server's CPU per draw and the heap per
 * follower.
 */
final class FollowersRun {

    static final List<Metric> METRICS = List.of(
            new Metric("followers", "N", 0),
            new Metric("follower_p50_ms", "draw→follower p50 ms", 0),
            new Metric("follower_p95_ms", "p95", 0),
            new Metric("follower_p99_ms", "p99", 0),
            new Metric("follower_max_ms", "max", 0),
            new Metric("control_ms", "control view's own answer ms (median)", 0),
            new Metric("p95_over_control", "p95 / control view", 2),
            new Metric("messages_per_follower_draw", "messages/follower/draw", 2),
            new Metric("bytes_per_follower_draw", "bytes/follower/draw", 0),
            new Metric("cpu_ms_per_draw", "CPU ms/draw", 0),
            new Metric("cpu_ms_per_draw_follower", "CPU ms/draw/follower", 3),
            new Metric("heap_per_follower_kb", "heap/follower KB", 1),
            new Metric("start_s", "start→first page s", 1));

    private final List<String> failures;

    FollowersRun(List<String> failures) {
        this.failures = failures;
    }

    /** One pass: figures per step (follower count), in order. */
    Map<Integer, Map<String, Double>> run(int pass, List<Integer> steps) throws Exception {
        Map<Integer, Map<String, Double>> figures = new LinkedHashMap<>();
        Path data = Files.createTempDirectory("load-benchmark-data");
        AppVenue venue = new AppVenue();
        try (ServerProcess server = ServerProcess.start(
                        LoadBenchmarkIT.JAR,
                        LoadBenchmarkIT.PROJECT,
                        data,
                        LoadBenchmarkIT.OUT.resolve("server-" + pass + "-api-followers.log"),
                        venue.firstPage(),
                        venue.settings());
                Phones staff = new Phones(server.base(), 1, LoadBenchmarkIT.PATIENCE);
                ApiFollowers followers = new ApiFollowers()) {
            venue.prepare(staff, 1);
            String token = venue.readToken(0);
            long meetingId = venue.meetingId(0);
            // One draw first, so that the followers have a card and the JVM warmed up on draws.
            venue.draw(0).join();
            long heapBefore = server.heapAfterFullGc();
            for (int step : steps) {
                int more = step - followers.all().size();
                followers.connect(server.base(), meetingId, token, more);
                long heap = server.heapAfterFullGc();
                Map<String, Double> row = new LinkedHashMap<>();
                row.put("followers", (double) step);
                row.put("heap_per_follower_kb", (heap - heapBefore) / 1024.0 / step);
                row.put("start_s", server.startToFirstPage().toMillis() / 1000.0);
                measureDraws(venue, followers.all(), server, row);
                System.out.printf("[load]   API followers, pass %d: %s%n", pass, row);
                figures.put(step, row);
            }
            for (Follower follower : followers.all()) {
                if (!follower.problems.isEmpty()) {
                    failures.add("an API follower had problems: " + follower.problems);
                }
            }
            for (var page : venue.pages()) {
                if (!page.problems().isEmpty()) {
                    failures.add("the facilitator's " + page.name() + " had problems " + page.problems());
                }
            }
        } finally {
            LoadBenchmarkIT.deleteQuietly(data);
        }
        return figures;
    }

    private void measureDraws(AppVenue venue, List<Follower> followers, ServerProcess server, Map<String, Double> row) {
        List<Double> latencies = new ArrayList<>();
        List<Double> control = new ArrayList<>();
        List<Double> messages = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        long cpu = 0;
        for (int draw = 0; draw < LoadBenchmarkIT.DRAWS; draw++) {
            List<CompletableFuture<Received>> seen =
                    followers.stream().map(Follower::nextDraw).toList();
            long cpuBefore = server.cpuNanos();
            long tapped = System.nanoTime();
            CompletableFuture<Arrival> tap = venue.draw(0);
            try {
                CompletableFuture.allOf(seen.toArray(CompletableFuture[]::new))
                        .get(LoadBenchmarkIT.PATIENCE.toSeconds(), TimeUnit.SECONDS);
                control.add((tap.get(LoadBenchmarkIT.PATIENCE.toSeconds(), TimeUnit.SECONDS)
                                        .nanoTime()
                                - tapped)
                        / 1e6);
            } catch (Exception e) {
                long missing = seen.stream().filter(one -> !one.isDone()).count();
                failures.add("the draw reaching every API follower: " + missing + " of " + seen.size()
                        + " never showed it (" + e + ")");
                return;
            }
            quiet(followers);
            cpu += server.cpuNanos() - cpuBefore;
            long drawId = seen.getFirst().join().drawId();
            for (int i = 0; i < followers.size(); i++) {
                Follower follower = followers.get(i);
                latencies.add((seen.get(i).join().nanoTime() - tapped) / 1e6);
                List<Received> window = follower.received.stream()
                        .filter(one -> one.nanoTime() >= tapped)
                        .toList();
                messages.add((double) window.size());
                bytes.add(window.stream().mapToDouble(Received::bytes).sum());
                if (follower.shownDraw.get() != drawId) {
                    failures.add("an API follower shows draw " + follower.shownDraw.get() + " after draw " + drawId);
                }
            }
        }
        int n = followers.size();
        row.put("follower_p50_ms", Stats.percentile(latencies, 50));
        row.put("follower_p95_ms", Stats.percentile(latencies, 95));
        row.put("follower_p99_ms", Stats.percentile(latencies, 99));
        row.put("follower_max_ms", Stats.max(latencies));
        double controlMedian = Stats.median(control);
        row.put("control_ms", controlMedian);
        row.put("p95_over_control", Stats.percentile(latencies, 95) / controlMedian);
        row.put("messages_per_follower_draw", Stats.mean(messages));
        row.put("bytes_per_follower_draw", Stats.mean(bytes));
        row.put("cpu_ms_per_draw", cpu / 1e6 / LoadBenchmarkIT.DRAWS);
        row.put("cpu_ms_per_draw_follower", cpu / 1e6 / LoadBenchmarkIT.DRAWS / n);
    }

    /** Until no follower received anything for 300 ms: the draw's messages are all in. */
    private static void quiet(List<Follower> followers) {
        long[] last = {-1};
        long[] since = {System.nanoTime()};
        await().atMost(LoadBenchmarkIT.PATIENCE)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    long now = followers.stream()
                            .mapToLong(one -> one.received.size())
                            .sum();
                    long at = System.nanoTime();
                    if (now != last[0]) {
                        last[0] = now;
                        since[0] = at;
                    }
                    return at - since[0] >= Duration.ofMillis(300).toNanos();
                });
    }

    static String table(List<Map<Integer, Map<String, Double>>> passes, List<Integer> steps) {
        StringBuilder out = new StringBuilder();
        out.append("Live API followers, production jar: ")
                .append(passes.size())
                .append(passes.size() == 1 ? " pass" : " passes")
                .append(", ")
                .append(LoadBenchmarkIT.DRAWS)
                .append(" draws per step")
                .append(passes.size() > 1 ? "; median (min–max) over passes" : "")
                .append(". The followers connect to /live with the read token and subscribe to the meeting; the"
                        + " facilitator draws in the control view.\n\n");
        out.append("| ")
                .append(METRICS.stream().map(Metric::header).collect(Collectors.joining(" | ")))
                .append(" |\n");
        out.append("|").append("---:|".repeat(METRICS.size())).append('\n');
        for (int step : steps) {
            out.append("|");
            for (Metric metric : METRICS) {
                out.append(' ')
                        .append(Stats.spread(
                                passes.stream()
                                        .map(pass -> pass.getOrDefault(step, Map.of())
                                                .getOrDefault(metric.key(), Double.NaN))
                                        .toList(),
                                metric.decimals()))
                        .append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
