package nl.buurtkaarten.support.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;

/**
 * Prints how long matching takes for a large meeting, warmed up (median and max of 30 runs) and the first run in the
 * JVM (the class that runs first sees the JIT compiler cold, as a server does at its first closed meeting). It measures,
 * it does not assert on time: the figure depends on the machine. Run alone with
 * {@code mvn -B -q test -Dtest='MatchingBenchmark*'}.
 */
class MatchingBenchmarkTest {

    /** On two cores 20 warm-up runs leave the JIT compiler still busy in the measured runs; 50 reach a steady state. */
    private static final int WARM_UP_RUNS = 50;

    private static final int MEASURED_RUNS = 30;
    private static final String[] AREAS = {
        "Kerkstraat", "Molenwijk", "Het Plein", "Oosterpark", "Zuidkant", "De Dijk", "Stationsbuurt", "Bloemenbuurt"
    };
    private static final String[] OTHER_TOPICS = {"Fietsen repareren", "Tuin", "Computer", "Naaien"};

    @Test
    void twoHundredFiftyParents() {
        measure(250);
    }

    @Test
    void twoHundredParents() {
        measure(200);
    }

    private static void measure(int parents) {
        Meeting meeting = meeting(parents, 5, new Random(20261124L + parents));
        MatchingSettings settings = MatchingSettings.defaults();
        long first = System.nanoTime();
        Matcher.match(meeting.offers(), meeting.requests(), settings);
        first = System.nanoTime() - first;
        for (int i = 1; i < WARM_UP_RUNS; i++) {
            Matcher.match(meeting.offers(), meeting.requests(), settings);
        }
        long[] nanos = new long[MEASURED_RUNS];
        MatchResult result = null;
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            result = Matcher.match(meeting.offers(), meeting.requests(), settings);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        MatchingRun run = new MatchingRun(meeting.offers(), meeting.requests(), settings);
        System.out.printf(
                "[measured] matching %d parents x %d offers and %d requests: median %.1f ms, max %.1f ms "
                        + "(%d runs after %d warm-up runs); %d matches (%d of them suggestions), %d unmatched requests; "
                        + "%d candidate pairs, %d arcs in the last network, %d solver round(s); first run %.0f ms%n",
                parents,
                5,
                5,
                nanos[MEASURED_RUNS / 2] / 1e6,
                nanos[MEASURED_RUNS - 1] / 1e6,
                MEASURED_RUNS,
                WARM_UP_RUNS,
                result.matches().size(),
                result.matches().stream().filter(match -> !match.sameTopic()).count(),
                result.unmatched().size(),
                run.candidates(),
                run.arcs(),
                run.rounds(),
                first / 1e6);
        assertThat(result.matches().size() + result.unmatched().size()).isEqualTo(parents * 5);
        assertThat(run.result()).isEqualTo(result);
    }

    record Meeting(List<Offer> offers, List<Request> requests) {}

    /** Parents with random topics (mostly of their default kind), times (often none) and areas (sometimes none). */
    static Meeting meeting(int parents, int each, Random random) {
        List<Offer> offers = new ArrayList<>();
        List<Request> requests = new ArrayList<>();
        long id = 1;
        for (long parent = 1; parent <= parents; parent++) {
            for (int i = 0; i < each; i++) {
                Item item = item(random);
                offers.add(new Offer(id++, parent, item.kind, item.topic, item.otherTopic, item.when, item.area));
            }
            for (int i = 0; i < each; i++) {
                Item item = item(random);
                requests.add(new Request(id++, parent, item.kind, item.topic, item.otherTopic, item.when, item.area));
            }
        }
        return new Meeting(offers, requests);
    }

    private record Item(SupportKind kind, Topic topic, String otherTopic, Set<Slot> when, String area) {}

    private static Item item(Random random) {
        Topic topic = Topic.values()[random.nextInt(Topic.values().length)];
        SupportKind kind = random.nextInt(10) < 7
                ? topic.defaultKind()
                : SupportKind.values()[random.nextInt(SupportKind.values().length)];
        String otherTopic = topic == Topic.OTHER ? OTHER_TOPICS[random.nextInt(OTHER_TOPICS.length)] : null;
        Set<Slot> when = new HashSet<>();
        if (random.nextInt(10) >= 3) {
            int slots = 1 + random.nextInt(4);
            for (int i = 0; i < slots; i++) {
                when.add(new Slot(DayOfWeek.values()[random.nextInt(7)], PartOfDay.values()[random.nextInt(3)]));
            }
        }
        String area = random.nextInt(10) < 3 ? null : AREAS[random.nextInt(AREAS.length)];
        return new Item(kind, topic, otherTopic, when, area);
    }
}
