package nl.buurtkaarten.support.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;

/**
 * Compares the matcher with a brute-force search over every feasible set of matches on many small random meetings. The
 * compatibility and score rules are written out again here, naively, so the test does not trust the matcher's own.
 * The objective, in this order: the most matches on the asked topic (a suggestion, same kind of support but another
 * topic, never takes the place of a possible topic match), then the most matches, then the highest total score.
 */
class MatchingOptimalityTest {

    private static final int CASES = 2000;
    private static final Topic[] TOPICS = {Topic.BABYSITTING, Topic.HOMEWORK, Topic.LISTENING_EAR, Topic.OTHER};
    private static final SupportKind[] KINDS = {SupportKind.PRACTICAL, SupportKind.INFORMATIVE, SupportKind.EMOTIONAL};
    private static final String[] OTHER_TOPICS = {"Tuin", " tuin", "Fiets", null, " "};
    private static final Slot[] SLOTS = {
        new Slot(DayOfWeek.MONDAY, PartOfDay.MORNING),
        new Slot(DayOfWeek.MONDAY, PartOfDay.EVENING),
        new Slot(DayOfWeek.SATURDAY, PartOfDay.AFTERNOON),
        new Slot(DayOfWeek.SUNDAY, PartOfDay.MORNING)
    };
    private static final String[] AREAS = {"Kerkstraat", "kerk straat", "Molenwijk", null, "", "  "};
    private static final long[] PARTICIPANTS = {7, 3, 42, 5, 11, 99};

    @Test
    void theMatcherIsOptimalOnSmallRandomMeetings() {
        Random random = new Random(20261124L);
        int withMatches = 0;
        int withChoices = 0;
        int prunedTooMuch = 0;
        int suggestionsWouldDisplace = 0;
        int withSuggestions = 0;
        for (int i = 0; i < CASES; i++) {
            Meeting meeting = meeting(random);
            int cap = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
            Best best = bruteForce(meeting, cap);
            for (int candidates :
                    new int[] {1, 2, MatchingSettings.DEFAULT_CANDIDATES_PER_REQUEST, Integer.MAX_VALUE}) {
                MatchResult result =
                        Matcher.match(meeting.offers, meeting.requests, new MatchingSettings(cap, candidates));
                String description = "case " + i + " (cap " + cap + ", candidates " + candidates + "): " + meeting;
                assertValid(meeting, cap, result, description);
                assertThat(result.matches().stream().filter(Match::sameTopic).count())
                        .as(description + ": topic matches")
                        .isEqualTo(best.topicCount)
                        .isEqualTo(best.mostTopicMatchesAlone);
                assertThat(result.matches()).as(description).hasSize(best.count);
                assertThat(MatchingTest.totalScore(result)).as(description).isEqualTo(best.score);
            }
            // Cases where maximising the number of matches alone would have given up a topic match for suggestions.
            suggestionsWouldDisplace += best.topicCountWhenCountFirst < best.topicCount ? 1 : 0;
            withSuggestions += best.count > best.topicCount ? 1 : 0;
            withMatches += best.count > 0 ? 1 : 0;
            withChoices += best.feasibleSets > 2 ? 1 : 0;
            prunedTooMuch +=
                    new MatchingRun(meeting.offers, meeting.requests, new MatchingSettings(cap, 1)).rounds() > 1
                            ? 1
                            : 0;
        }
        System.out.printf(
                "[measured] %d small meetings: %d with matches, %d with more than two feasible sets of matches, "
                        + "%d where one candidate per request was not enough and pricing added more, %d with suggestions, "
                        + "%d where the most matches would have cost a topic match%n",
                CASES, withMatches, withChoices, prunedTooMuch, withSuggestions, suggestionsWouldDisplace);
        // The random meetings are not trivial: most have matches, many have several ways to match.
        assertThat(withMatches).isGreaterThan(CASES / 2);
        assertThat(withChoices).isGreaterThan(CASES / 3);
        assertThat(prunedTooMuch).isGreaterThan(CASES / 20);
        // The rule that topic matches come first is really put to the test.
        assertThat(withSuggestions).isGreaterThan(CASES / 10);
        assertThat(suggestionsWouldDisplace).isGreaterThan(CASES / 200);
    }

    record Meeting(List<Offer> offers, List<Request> requests) {}

    /** Up to 6 parents and up to 10 offers and requests together (6 of each at most), with ids in random order. */
    private static Meeting meeting(Random random) {
        int parents = random.nextInt(8) == 0 ? 1 : 2 + random.nextInt(PARTICIPANTS.length - 1);
        int offerCount = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(6);
        int requestCount = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(Math.min(6, 10 - offerCount));
        List<Offer> offers = new ArrayList<>();
        List<Request> requests = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < offerCount; i++) {
            offers.add(new Offer(
                    newId(random, ids),
                    PARTICIPANTS[random.nextInt(parents)],
                    pick(random, KINDS),
                    pick(random, TOPICS),
                    pick(random, OTHER_TOPICS),
                    slots(random),
                    pick(random, AREAS)));
        }
        for (int i = 0; i < requestCount; i++) {
            requests.add(new Request(
                    newId(random, ids),
                    PARTICIPANTS[random.nextInt(parents)],
                    pick(random, KINDS),
                    pick(random, TOPICS),
                    pick(random, OTHER_TOPICS),
                    slots(random),
                    pick(random, AREAS)));
        }
        return new Meeting(offers, requests);
    }

    private static long newId(Random random, Set<Long> ids) {
        long id;
        do {
            id = random.nextInt(1000);
        } while (!ids.add(id));
        return id;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Set<Slot> slots(Random random) {
        Set<Slot> slots = new HashSet<>();
        if (random.nextInt(10) >= 4) {
            slots.add(pick(random, SLOTS));
            if (random.nextBoolean()) {
                slots.add(pick(random, SLOTS));
            }
        }
        return slots;
    }

    // ---------------------------------------------------------------- the rules, written out naively

    private static String normalised(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static boolean sameTopic(Offer offer, Request request) {
        if (offer.topic() != request.topic()) {
            return false;
        }
        return offer.topic() != Topic.OTHER
                || !normalised(offer.otherTopic()).isEmpty()
                        && normalised(offer.otherTopic()).equals(normalised(request.otherTopic()));
    }

    private static boolean sharedTime(Offer offer, Request request) {
        return offer.when().stream().anyMatch(request.when()::contains);
    }

    private static boolean sameArea(Offer offer, Request request) {
        return !normalised(offer.area()).isEmpty() && normalised(offer.area()).equals(normalised(request.area()));
    }

    static boolean compatible(Offer offer, Request request) {
        return offer.participantId() != request.participantId()
                && (sameTopic(offer, request) || offer.kind() == request.kind())
                && (offer.when().isEmpty() || request.when().isEmpty() || sharedTime(offer, request))
                && (normalised(offer.area()).isEmpty()
                        || normalised(request.area()).isEmpty()
                        || sameArea(offer, request));
    }

    private static boolean giveAndTake(Meeting meeting, long helper, long receiver) {
        return meeting.offers.stream()
                .filter(offer -> offer.participantId() == receiver)
                .anyMatch(offer -> meeting.requests.stream()
                        .filter(request -> request.participantId() == helper)
                        .anyMatch(request -> compatible(offer, request)));
    }

    private static int score(Meeting meeting, Offer offer, Request request) {
        return 10
                + (sameTopic(offer, request) ? 50 : 0)
                + (offer.kind() == request.kind() ? 20 : 0)
                + (sharedTime(offer, request) ? 10 : 0)
                + (sameArea(offer, request) ? 10 : 0)
                + (giveAndTake(meeting, offer.participantId(), request.participantId()) ? 15 : 0);
    }

    // ---------------------------------------------------------------- brute force

    private static final class Best {
        /** The optimum: most topic matches, then most matches, then highest score. */
        int topicCount = 0;

        int count = 0;
        long score = 0;
        long feasibleSets = 0;
        /** The most topic matches when only pairs on the asked topic are allowed at all. */
        int mostTopicMatchesAlone = 0;
        /** The old objective (most matches, then score), and the most topic matches among its optimal sets. */
        int countFirstCount = 0;

        long countFirstScore = 0;
        int topicCountWhenCountFirst = 0;
    }

    /** Tries every way to give each request one compatible offer or none, within the helpers' cap. */
    private static Best bruteForce(Meeting meeting, int cap) {
        Best best = new Best();
        search(meeting, cap, 0, new HashMap<>(), 0, 0, 0, best);
        return best;
    }

    private static void search(
            Meeting meeting,
            int cap,
            int index,
            Map<Long, Integer> load,
            int topicCount,
            int count,
            long score,
            Best best) {
        if (index == meeting.requests.size()) {
            best.feasibleSets++;
            if (topicCount > best.topicCount
                    || topicCount == best.topicCount
                            && (count > best.count || count == best.count && score > best.score)) {
                best.topicCount = topicCount;
                best.count = count;
                best.score = score;
            }
            if (count == topicCount) { // a set of topic matches only
                best.mostTopicMatchesAlone = Math.max(best.mostTopicMatchesAlone, topicCount);
            }
            if (count > best.countFirstCount || count == best.countFirstCount && score > best.countFirstScore) {
                best.countFirstCount = count;
                best.countFirstScore = score;
                best.topicCountWhenCountFirst = topicCount;
            } else if (count == best.countFirstCount && score == best.countFirstScore) {
                best.topicCountWhenCountFirst = Math.max(best.topicCountWhenCountFirst, topicCount);
            }
            return;
        }
        Request request = meeting.requests.get(index);
        search(meeting, cap, index + 1, load, topicCount, count, score, best);
        for (Offer offer : meeting.offers) {
            long helper = offer.participantId();
            if (compatible(offer, request) && load.getOrDefault(helper, 0) < cap) {
                load.merge(helper, 1, Integer::sum);
                search(
                        meeting,
                        cap,
                        index + 1,
                        load,
                        topicCount + (sameTopic(offer, request) ? 1 : 0),
                        count + 1,
                        score + score(meeting, offer, request),
                        best);
                load.merge(helper, -1, Integer::sum);
            }
        }
    }

    // ---------------------------------------------------------------- the promises of every result

    private static void assertValid(Meeting meeting, int cap, MatchResult result, String description) {
        Map<Long, Offer> offers = new HashMap<>();
        meeting.offers.forEach(offer -> offers.put(offer.id(), offer));
        Map<Long, Request> requests = new HashMap<>();
        meeting.requests.forEach(request -> requests.put(request.id(), request));
        Map<Long, Integer> load = new HashMap<>();
        Set<Long> served = new HashSet<>();
        for (Match match : result.matches()) {
            Offer offer = offers.get(match.offerId());
            Request request = requests.get(match.requestId());
            assertThat(match.helperId())
                    .as(description)
                    .isEqualTo(offer.participantId())
                    .isNotEqualTo(match.receiverId());
            assertThat(match.receiverId()).as(description).isEqualTo(request.participantId());
            assertThat(compatible(offer, request)).as(description).isTrue();
            assertThat(served.add(request.id())).as(description).isTrue();
            assertThat(load.merge(match.helperId(), 1, Integer::sum))
                    .as(description)
                    .isLessThanOrEqualTo(cap);
            assertThat(match.score())
                    .as(description)
                    .isEqualTo(score(meeting, offer, request))
                    .isPositive();
            assertReasons(meeting, offer, request, match.reasons(), description);
            // A pair names the helper's own offer: a suggestion only when the helper offered nothing on this topic.
            boolean helperOfferedTheTopic = meeting.offers.stream()
                    .filter(other -> other.participantId() == offer.participantId())
                    .anyMatch(other -> compatible(other, request) && sameTopic(other, request));
            assertThat(match.sameTopic())
                    .as(description)
                    .isEqualTo(sameTopic(offer, request))
                    .isEqualTo(helperOfferedTheTopic);
        }
        assertThat(result.unmatched())
                .as(description)
                .containsExactlyInAnyOrderElementsOf(meeting.requests.stream()
                        .filter(r -> !served.contains(r.id()))
                        .toList());
        assertThat(result.matches())
                .extracting(Match::requestId)
                .as(description)
                .isSorted();
        assertThat(result.unmatched()).extracting(Request::id).as(description).isSorted();
    }

    private static void assertReasons(
            Meeting meeting, Offer offer, Request request, List<Reason> reasons, String description) {
        List<ReasonKind> kinds = reasons.stream().map(Reason::kind).toList();
        assertThat(kinds.contains(ReasonKind.SAME_TOPIC)).as(description).isEqualTo(sameTopic(offer, request));
        assertThat(kinds.contains(ReasonKind.SAME_KIND_OF_SUPPORT))
                .as(description)
                .isEqualTo(offer.kind() == request.kind());
        assertThat(kinds.contains(ReasonKind.GIVE_AND_TAKE))
                .as(description)
                .isEqualTo(giveAndTake(meeting, offer.participantId(), request.participantId()));
        assertThat(kinds).as(description).containsOnlyOnce(timeReason(offer, request), areaReason(offer, request));
        if (kinds.contains(ReasonKind.BOTH_FREE)) {
            List<String> shared = offer.when().stream()
                    .filter(request.when()::contains)
                    .sorted()
                    .map(Slot::asArgument)
                    .toList();
            assertThat(reasons).as(description).contains(new Reason(ReasonKind.BOTH_FREE, shared));
        }
    }

    private static ReasonKind timeReason(Offer offer, Request request) {
        if (offer.when().isEmpty()) {
            return request.when().isEmpty() ? ReasonKind.ANY_TIME : ReasonKind.HELPER_ANY_TIME;
        }
        return request.when().isEmpty() ? ReasonKind.RECEIVER_ANY_TIME : ReasonKind.BOTH_FREE;
    }

    private static ReasonKind areaReason(Offer offer, Request request) {
        boolean helperAnywhere = normalised(offer.area()).isEmpty();
        boolean receiverAnywhere = normalised(request.area()).isEmpty();
        if (helperAnywhere) {
            return receiverAnywhere ? ReasonKind.ANY_AREA : ReasonKind.HELPER_ANY_AREA;
        }
        return receiverAnywhere ? ReasonKind.RECEIVER_ANY_AREA : ReasonKind.SAME_AREA;
    }
}
