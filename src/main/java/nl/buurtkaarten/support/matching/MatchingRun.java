package nl.buurtkaarten.support.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.Topic;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * One call of {@link Matcher#match}: finds the candidates, solves the min-cost flow (adding pruned candidates back
 * while they could improve it) and explains the chosen matches. Package-private so tests can read its counters.
 */
final class MatchingRun {

    private static final int TOPICS = Topic.values().length;
    private static final int KINDS = SupportKind.values().length;
    private static final int NOBODY = -1;
    /** Every score is a multiple of this; the flow counts in these units, which keeps its costs small. */
    private static final int UNIT = gcd(
            MatchScore.BASE,
            MatchScore.SAME_TOPIC,
            MatchScore.SAME_KIND_OF_SUPPORT,
            MatchScore.SHARED_TIME,
            MatchScore.SAME_AREA,
            MatchScore.GIVE_AND_TAKE);

    private static final int MAX_UNITS = MatchScore.MAX / UNIT;

    private final MatchingSettings settings;

    /* Input, sorted by id, and its normalised form; participants are numbered 0.. in the order of their ids. */
    private final Offer[] offers;
    private final Request[] requests;
    private final long[] participantIds;
    private final int[] offerParticipant;
    private final int[] offerKind;
    private final int[] offerTopic;
    private final int[] offerSlots;
    private final int[] offerArea;
    private final int[] requestParticipant;
    private final int[] requestKind;
    private final int[] requestTopic;
    private final int[] requestSlots;
    private final int[] requestArea;
    private final Map<String, Integer> otherTopicKeys = new HashMap<>();
    private final Map<String, Integer> areaKeys = new HashMap<>();
    private final int[][] offersOf;
    private final int[][] requestsOf;

    /* Candidates: for each helper and each request it can serve, the helper's best offer for it. */
    private int candidates;
    private int[] candidateHelper = new int[64];
    private int[] candidateRequest = new int[64];
    private int[] candidateOffer = new int[64];
    private int[] candidateScore = new int[64];
    /** Whether the candidate's offer is about the requested topic; otherwise it is a suggestion (same kind only). */
    private boolean[] candidateSameTopic = new boolean[64];
    /** Per participant as helper: the participants (sorted) with a request that one of its offers can serve. */
    private int[][] canServe;

    /** The extra weight of a match on the asked topic in the flow's objective; see {@link #solve()}. */
    private long topicWeight;

    private int rounds;
    private int arcs;
    private final MatchResult result;

    MatchingRun(List<Offer> offerList, List<Request> requestList, MatchingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        offers = sortedById(offerList, Offer::id, Offer[]::new, "offer");
        requests = sortedById(requestList, Request::id, Request[]::new, "request");
        participantIds = participants();

        offerParticipant = new int[offers.length];
        offerKind = new int[offers.length];
        offerTopic = new int[offers.length];
        offerSlots = new int[offers.length];
        offerArea = new int[offers.length];
        for (int o = 0; o < offers.length; o++) {
            Offer offer = offers[o];
            offerParticipant[o] = participant(offer.participantId());
            offerKind[o] = offer.kind().ordinal();
            offerTopic[o] = topicKey(offer.topic(), offer.otherTopic());
            offerSlots[o] = slotMask(offer.when());
            offerArea[o] = areaKey(offer.area());
        }
        requestParticipant = new int[requests.length];
        requestKind = new int[requests.length];
        requestTopic = new int[requests.length];
        requestSlots = new int[requests.length];
        requestArea = new int[requests.length];
        for (int r = 0; r < requests.length; r++) {
            Request request = requests[r];
            requestParticipant[r] = participant(request.participantId());
            requestKind[r] = request.kind().ordinal();
            requestTopic[r] = topicKey(request.topic(), request.otherTopic());
            requestSlots[r] = slotMask(request.when());
            requestArea[r] = areaKey(request.area());
        }
        offersOf = group(offerParticipant, participantIds.length);
        requestsOf = group(requestParticipant, participantIds.length);

        findCandidates();
        addGiveAndTake();
        result = solve();
    }

    MatchResult result() {
        return result;
    }

    /** How often the flow was solved: 1, plus 1 for each time pruned candidates had to be added back. */
    int rounds() {
        return rounds;
    }

    /** All compatible (helper, request) pairs, each with the helper's best offer for that request. */
    int candidates() {
        return candidates;
    }

    /** Helper-to-request arcs in the last flow network solved. */
    int arcs() {
        return arcs;
    }

    // ---------------------------------------------------------------- input

    private static <T> T[] sortedById(List<T> items, ToLongFunction<T> id, IntFunction<T[]> array, String what) {
        Objects.requireNonNull(items, what + "s");
        T[] sorted = items.toArray(array.apply(0));
        for (T item : sorted) {
            Objects.requireNonNull(item, what);
        }
        Arrays.sort(sorted, Comparator.comparingLong(id));
        for (int i = 1; i < sorted.length; i++) {
            if (id.applyAsLong(sorted[i]) == id.applyAsLong(sorted[i - 1])) {
                throw new IllegalArgumentException("Two " + what + "s have id " + id.applyAsLong(sorted[i]));
            }
        }
        return sorted;
    }

    private long[] participants() {
        long[] ids = new long[offers.length + requests.length];
        int n = 0;
        for (Offer offer : offers) {
            ids[n++] = offer.participantId();
        }
        for (Request request : requests) {
            ids[n++] = request.participantId();
        }
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    private int participant(long id) {
        return Arrays.binarySearch(participantIds, id);
    }

    /** The topic's ordinal; for OTHER a number per normalised free text, or -1 (matches no topic) without text. */
    private int topicKey(Topic topic, String otherTopic) {
        if (topic != Topic.OTHER) {
            return topic.ordinal();
        }
        String text = normalise(otherTopic);
        return text == null ? NOBODY : TOPICS + otherTopicKeys.computeIfAbsent(text, key -> otherTopicKeys.size());
    }

    /** A number per normalised area, or -1 for anywhere. */
    private int areaKey(String area) {
        String text = normalise(area);
        return text == null ? NOBODY : areaKeys.computeIfAbsent(text, key -> areaKeys.size());
    }

    /** Lower case without any white space, so "Kerk straat " equals "kerkstraat"; null when blank. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFKC)
                .codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.isEmpty() ? null : kept.toString().toLowerCase(Locale.ROOT);
    }

    private static int slotMask(Iterable<Slot> slots) {
        int mask = 0;
        for (Slot slot : slots) {
            mask |= 1 << slot.index();
        }
        return mask;
    }

    /** The indexes 0..n-1 grouped by their key, each group in ascending order. */
    private static int[][] group(int[] keys, int groups) {
        int[] sizes = new int[groups];
        for (int key : keys) {
            if (key >= 0) {
                sizes[key]++;
            }
        }
        int[][] grouped = new int[groups][];
        for (int g = 0; g < groups; g++) {
            grouped[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] >= 0) {
                grouped[keys[i]][sizes[keys[i]]++] = i;
            }
        }
        return grouped;
    }

    // ---------------------------------------------------------------- compatibility and score

    private boolean timeAndPlaceFit(int o, int r) {
        int offerMask = offerSlots[o];
        int requestMask = requestSlots[r];
        if (offerMask != 0 && requestMask != 0 && (offerMask & requestMask) == 0) {
            return false;
        }
        return offerArea[o] == NOBODY || requestArea[r] == NOBODY || offerArea[o] == requestArea[r];
    }

    private boolean sameTopic(int o, int r) {
        return offerTopic[o] >= 0 && offerTopic[o] == requestTopic[r];
    }

    /** Whether offer o can serve request r at all. */
    private boolean compatible(int o, int r) {
        return offerParticipant[o] != requestParticipant[r]
                && (sameTopic(o, r) || offerKind[o] == requestKind[r])
                && timeAndPlaceFit(o, r);
    }

    /** The score of a compatible pair without the give-and-take bonus. */
    private int baseScore(int o, int r) {
        int score = MatchScore.BASE;
        if (sameTopic(o, r)) {
            score += MatchScore.SAME_TOPIC;
        }
        if (offerKind[o] == requestKind[r]) {
            score += MatchScore.SAME_KIND_OF_SUPPORT;
        }
        if ((offerSlots[o] & requestSlots[r]) != 0) {
            score += MatchScore.SHARED_TIME;
        }
        if (offerArea[o] != NOBODY && offerArea[o] == requestArea[r]) {
            score += MatchScore.SAME_AREA;
        }
        return score;
    }

    /* State of findCandidates, shared with scan. */
    private int[] seenBy;
    private int[] bestOffer;
    private int[] bestScore;
    private int[] touched;
    private int touchedCount;
    private int[] receiverSeenBy;
    private int[] receivers;
    private int receiverCount;

    /**
     * Visits every compatible (offer, request) pair once and keeps per (helper, request) the helper's best offer:
     * highest score, then lowest offer id. An offer looks only at the requests of its kind and those of its topic, and
     * of those only at the ones in its area or without an area.
     */
    private void findCandidates() {
        int participants = participantIds.length;
        int places = areaKeys.size() + 1; // 0: anywhere, 1 + key: that area
        int[] kindAndPlace = new int[requests.length];
        int[] topicAndPlace = new int[requests.length];
        for (int r = 0; r < requests.length; r++) {
            kindAndPlace[r] = requestKind[r] * places + requestArea[r] + 1;
            topicAndPlace[r] = requestTopic[r] < 0 ? NOBODY : requestTopic[r] * places + requestArea[r] + 1;
        }
        int[][] byKind = group(kindAndPlace, KINDS * places);
        int[][] byTopic = group(topicAndPlace, (TOPICS + otherTopicKeys.size()) * places);
        seenBy = new int[requests.length];
        bestOffer = new int[requests.length];
        bestScore = new int[requests.length];
        touched = new int[requests.length];
        receiverSeenBy = new int[participants];
        receivers = new int[participants];
        Arrays.fill(seenBy, NOBODY);
        Arrays.fill(receiverSeenBy, NOBODY);
        canServe = new int[participants][];

        for (int helper = 0; helper < participants; helper++) {
            touchedCount = 0;
            receiverCount = 0;
            for (int o : offersOf[helper]) {
                int kind = offerKind[o] * places;
                int topic = offerTopic[o] * places;
                if (offerArea[o] == NOBODY) {
                    for (int place = 0; place < places; place++) {
                        scan(helper, o, byKind[kind + place], false);
                        if (topic >= 0) {
                            scan(helper, o, byTopic[topic + place], true);
                        }
                    }
                } else {
                    int place = offerArea[o] + 1;
                    scan(helper, o, byKind[kind], false);
                    scan(helper, o, byKind[kind + place], false);
                    if (topic >= 0) {
                        scan(helper, o, byTopic[topic], true);
                        scan(helper, o, byTopic[topic + place], true);
                    }
                }
            }
            canServe[helper] = Arrays.copyOf(receivers, receiverCount);
            Arrays.sort(canServe[helper]);
            for (int i = 0; i < touchedCount; i++) {
                int r = touched[i];
                addCandidate(helper, r, bestOffer[r], bestScore[r]);
            }
        }
        seenBy = bestOffer = bestScore = touched = receiverSeenBy = receivers = null;
    }

    /** Considers offer o for the requests, whose place already fits; skips those of the offer's kind if asked. */
    private void scan(int helper, int o, int[] requestsToScan, boolean skipSameKind) {
        int kind = offerKind[o];
        int slots = offerSlots[o];
        for (int r : requestsToScan) {
            int requestMask = requestSlots[r];
            boolean fits = (requestParticipant[r] != helper)
                    & ((slots & requestMask) != 0 | slots == 0 | requestMask == 0)
                    & !(skipSameKind & requestKind[r] == kind);
            if (!fits) {
                continue;
            }
            int score = baseScore(o, r);
            if (seenBy[r] != helper) {
                seenBy[r] = helper;
                bestOffer[r] = o;
                bestScore[r] = score;
                touched[touchedCount++] = r;
                int receiver = requestParticipant[r];
                if (receiverSeenBy[receiver] != helper) {
                    receiverSeenBy[receiver] = helper;
                    receivers[receiverCount++] = receiver;
                }
            } else if (score > bestScore[r]) { // offers come in id order, so a tie keeps the lower id
                bestOffer[r] = o;
                bestScore[r] = score;
            }
        }
    }

    private void addCandidate(int helper, int request, int offer, int score) {
        if (candidates == candidateHelper.length) {
            int size = candidates * 2;
            candidateHelper = Arrays.copyOf(candidateHelper, size);
            candidateRequest = Arrays.copyOf(candidateRequest, size);
            candidateOffer = Arrays.copyOf(candidateOffer, size);
            candidateScore = Arrays.copyOf(candidateScore, size);
            candidateSameTopic = Arrays.copyOf(candidateSameTopic, size);
        }
        candidateHelper[candidates] = helper;
        candidateRequest[candidates] = request;
        candidateOffer[candidates] = offer;
        candidateScore[candidates] = score;
        candidateSameTopic[candidates] = sameTopic(offer, request);
        candidates++;
    }

    private boolean giveAndTake(int helper, int receiver) {
        return Arrays.binarySearch(canServe[receiver], helper) >= 0;
    }

    /**
     * The bonus depends only on the two parents, never on which matches are chosen, so the objective stays linear.
     * Candidates come helper by helper; for each helper the parents who can serve it are marked first.
     */
    private void addGiveAndTake() {
        int participants = participantIds.length;
        int[][] servedBy = new int[participants][];
        int[] sizes = new int[participants];
        for (int[] receiversOfHelper : canServe) {
            for (int receiver : receiversOfHelper) {
                sizes[receiver]++;
            }
        }
        for (int p = 0; p < participants; p++) {
            servedBy[p] = new int[sizes[p]];
            sizes[p] = 0;
        }
        for (int helper = 0; helper < participants; helper++) {
            for (int receiver : canServe[helper]) {
                servedBy[receiver][sizes[receiver]++] = helper;
            }
        }
        int[] canServeHelper = new int[participants];
        Arrays.fill(canServeHelper, NOBODY);
        int marked = NOBODY;
        for (int c = 0; c < candidates; c++) {
            int helper = candidateHelper[c];
            if (helper != marked) {
                for (int other : servedBy[helper]) {
                    canServeHelper[other] = helper;
                }
                marked = helper;
            }
            if (canServeHelper[requestParticipant[candidateRequest[c]]] == helper) {
                candidateScore[c] += MatchScore.GIVE_AND_TAKE;
            }
        }
    }

    // ---------------------------------------------------------------- solver

    /** An arc of the flow network; its weight (JGraphT's edge weight) is its cost. */
    private static final class FlowArc extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        final int capacity;
        final int candidate;

        FlowArc(int capacity, int candidate) {
            this.capacity = capacity;
            this.candidate = candidate;
        }
    }

    private MatchResult solve() {
        int participants = participantIds.length;
        int cap = settings.maxMatchesPerHelper();

        // Candidates per request, best first: topic matches, then score descending, then helper (participant id)
        // ascending.
        int[] byRequest = candidatesByRequest();
        int[] firstOfRequest = new int[requests.length + 1];
        for (int c = 0; c < candidates; c++) {
            firstOfRequest[candidateRequest[c] + 1]++;
        }
        for (int r = 0; r < requests.length; r++) {
            firstOfRequest[r + 1] += firstOfRequest[r];
        }

        int[] supply = new int[participants];
        for (int c = 0; c < candidates; c++) {
            supply[candidateHelper[c]]++;
        }
        long totalSupply = 0;
        for (int p = 0; p < participants; p++) {
            supply[p] = Math.min(supply[p], cap);
            totalSupply += supply[p];
        }
        int servable = 0;
        for (int r = 0; r < requests.length; r++) {
            if (firstOfRequest[r + 1] > firstOfRequest[r]) {
                servable++;
            }
        }
        long mostMatches = Math.min(servable, totalSupply);
        boolean[] chosen = new boolean[candidates];
        if (mostMatches > 0) {
            boolean[] active = new boolean[candidates];
            for (int r = 0; r < requests.length; r++) {
                int end = firstOfRequest[r]
                        + Math.min(firstOfRequest[r + 1] - firstOfRequest[r], settings.candidatesPerRequest());
                for (int i = firstOfRequest[r]; i < end; i++) {
                    active[byRequest[i]] = true;
                }
            }
            // A match weighs BIG + score with BIG > mostMatches * MAX: one match more always beats any score. A match
            // on
            // the asked topic weighs TOPIC more, with TOPIC > mostMatches * (BIG + MAX): one topic match more always
            // beats any number of suggestions, so a suggestion never takes the place of a possible topic match.
            // All in score units (see UNIT).
            long big = mostMatches * MAX_UNITS + 1;
            topicWeight = hasSuggestions() && hasTopicMatches() ? mostMatches * (big + MAX_UNITS) + 1 : 0;
            long bypassCost = big + topicWeight + MAX_UNITS;
            if (bypassCost * 4 >= CapacityScalingMinimumCostFlow.COST_INF) { // stay far below the solver's "infinite"
                throw new IllegalArgumentException("Too many offers and requests to match: " + mostMatches);
            }
            boolean optimal;
            do {
                optimal = solveRound(active, byRequest, supply, (int) totalSupply, bypassCost, chosen);
            } while (!optimal);
        }
        return explain(chosen);
    }

    private boolean hasSuggestions() {
        for (int c = 0; c < candidates; c++) {
            if (!candidateSameTopic[c]) {
                return true;
            }
        }
        return false;
    }

    private boolean hasTopicMatches() {
        for (int c = 0; c < candidates; c++) {
            if (candidateSameTopic[c]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cost of the arc helper -> request: {@code TOPIC + MAX - score}, less TOPIC for a topic match, in score units.
     * Never negative; the bypass costs {@code BIG + TOPIC + MAX}, so the flow gains {@code BIG + score (+ TOPIC)} per
     * match.
     */
    private long arcCost(int c) {
        return (candidateSameTopic[c] ? 0 : topicWeight) + (MatchScore.MAX - candidateScore[c]) / UNIT;
    }

    private static int gcd(int... numbers) {
        int result = 0;
        for (int number : numbers) {
            for (int b = number; b != 0; ) {
                int rest = result % b;
                result = b;
                b = rest;
            }
        }
        return result;
    }

    /**
     * Candidate indexes ordered by request, then topic matches before suggestions, then score descending, then helper
     * ascending (two stable counting sorts): the order in which the solver starts with a request's best helpers.
     */
    private int[] candidatesByRequest() {
        int top = 2 * MatchScore.MAX + 1; // the highest rank: a topic match with the highest score
        int[] byRank = new int[candidates];
        int[] counts = new int[top + 2];
        for (int c = 0; c < candidates; c++) {
            counts[top - rank(c) + 1]++;
        }
        for (int k = 0; k <= top; k++) {
            counts[k + 1] += counts[k];
        }
        for (int c = 0; c < candidates; c++) { // candidates were found helper by helper, so helpers stay ascending
            byRank[counts[top - rank(c)]++] = c;
        }
        int[] byRequest = new int[candidates];
        int[] starts = new int[requests.length + 1];
        for (int c = 0; c < candidates; c++) {
            starts[candidateRequest[c] + 1]++;
        }
        for (int r = 0; r < requests.length; r++) {
            starts[r + 1] += starts[r];
        }
        for (int c : byRank) {
            byRequest[starts[candidateRequest[c]]++] = c;
        }
        return byRequest;
    }

    private int rank(int c) {
        return (candidateSameTopic[c] ? MatchScore.MAX + 1 : 0) + candidateScore[c];
    }

    /**
     * Solves the flow over the active candidates and marks the chosen ones. Returns false, after activating them, when
     * left-out candidates have a negative reduced cost (they could improve the result); true when the flow's dual
     * potentials prove it optimal for all candidates.
     */
    private boolean solveRound(
            boolean[] active, int[] byRequest, int[] supply, int totalSupply, long bypassCost, boolean[] chosen) {
        rounds++;
        int participants = participantIds.length;
        int sink = 0;
        int[] vertexSupply = new int[1 + participants + requests.length];
        vertexSupply[sink] = -totalSupply;
        var network = new DirectedWeightedMultigraph<Integer, FlowArc>(null, null);
        network.addVertex(sink);
        for (int p = 0; p < participants; p++) {
            if (supply[p] > 0) {
                int helper = 1 + p;
                vertexSupply[helper] = supply[p];
                network.addVertex(helper);
                addArc(network, helper, sink, supply[p], -1, bypassCost);
            }
        }
        boolean[] servable = new boolean[requests.length];
        for (int c = 0; c < candidates; c++) {
            servable[candidateRequest[c]] = true;
        }
        for (int r = 0; r < requests.length; r++) {
            if (servable[r]) {
                int request = 1 + participants + r;
                network.addVertex(request);
                addArc(network, request, sink, 1, -1, 0);
            }
        }
        List<FlowArc> candidateArcs = new ArrayList<>();
        for (int c : byRequest) {
            if (active[c] && supply[candidateHelper[c]] > 0) {
                candidateArcs.add(addArc(
                        network, 1 + candidateHelper[c], 1 + participants + candidateRequest[c], 1, c, arcCost(c)));
            }
        }
        arcs = candidateArcs.size();

        var solver = new CapacityScalingMinimumCostFlow<Integer, FlowArc>();
        MinimumCostFlow<FlowArc> flow =
                solver.getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                        network, vertex -> vertexSupply[vertex], arc -> arc.capacity));

        // Pricing: a left-out arc helper -> request with reduced cost < 0 could lower the cost.
        double[] potential = new double[vertexSupply.length];
        solver.getDualSolution().forEach((vertex, value) -> potential[vertex] = value);
        boolean optimal = true;
        for (int c = 0; c < candidates; c++) {
            if (!active[c] && supply[candidateHelper[c]] > 0) {
                double reducedCost = arcCost(c)
                        + potential[1 + participants + candidateRequest[c]]
                        - potential[1 + candidateHelper[c]];
                if (reducedCost < -0.5) { // costs and potentials are whole numbers
                    active[c] = true;
                    optimal = false;
                }
            }
        }
        if (!optimal) {
            return false;
        }
        for (FlowArc arc : candidateArcs) {
            if (flow.getFlow(arc) > 0.5) {
                chosen[arc.candidate] = true;
            }
        }
        return true;
    }

    private static FlowArc addArc(
            DirectedWeightedMultigraph<Integer, FlowArc> network,
            int from,
            int to,
            int capacity,
            int candidate,
            double cost) {
        FlowArc arc = new FlowArc(capacity, candidate);
        network.addEdge(from, to, arc);
        network.setEdgeWeight(arc, cost);
        return arc;
    }

    // ---------------------------------------------------------------- reasons

    private MatchResult explain(boolean[] chosen) {
        int[] candidateOfRequest = new int[requests.length];
        Arrays.fill(candidateOfRequest, NOBODY);
        for (int c = 0; c < candidates; c++) {
            if (chosen[c]) {
                candidateOfRequest[candidateRequest[c]] = c;
            }
        }
        List<Match> matches = new ArrayList<>();
        List<Request> unmatched = new ArrayList<>();
        for (int r = 0; r < requests.length; r++) {
            int c = candidateOfRequest[r];
            if (c == NOBODY) {
                unmatched.add(requests[r]);
            } else {
                Offer offer = offers[candidateOffer[c]];
                Request request = requests[r];
                matches.add(new Match(
                        offer.id(),
                        request.id(),
                        offer.participantId(),
                        request.participantId(),
                        candidateScore[c],
                        reasons(candidateOffer[c], r)));
            }
        }
        return new MatchResult(matches, unmatched);
    }

    private List<Reason> reasons(int o, int r) {
        Offer offer = offers[o];
        Request request = requests[r];
        List<Reason> reasons = new ArrayList<>(5);
        if (sameTopic(o, r)) {
            reasons.add(topicReason(ReasonKind.SAME_TOPIC, request.topic(), request.otherTopic()));
        }
        if (offerKind[o] == requestKind[r]) {
            reasons.add(
                    Reason.of(ReasonKind.SAME_KIND_OF_SUPPORT, request.kind().name()));
        }
        if (offerSlots[o] == 0 && requestSlots[r] == 0) {
            reasons.add(Reason.of(ReasonKind.ANY_TIME));
        } else if (offerSlots[o] == 0) {
            reasons.add(new Reason(ReasonKind.HELPER_ANY_TIME, slots(requestSlots[r])));
        } else if (requestSlots[r] == 0) {
            reasons.add(new Reason(ReasonKind.RECEIVER_ANY_TIME, slots(offerSlots[o])));
        } else {
            reasons.add(new Reason(ReasonKind.BOTH_FREE, slots(offerSlots[o] & requestSlots[r])));
        }
        if (offerArea[o] == NOBODY && requestArea[r] == NOBODY) {
            reasons.add(Reason.of(ReasonKind.ANY_AREA));
        } else if (offerArea[o] == NOBODY) {
            reasons.add(Reason.of(ReasonKind.HELPER_ANY_AREA, request.area().strip()));
        } else if (requestArea[r] == NOBODY) {
            reasons.add(Reason.of(ReasonKind.RECEIVER_ANY_AREA, offer.area().strip()));
        } else {
            reasons.add(Reason.of(ReasonKind.SAME_AREA, request.area().strip()));
        }
        int helper = offerParticipant[o];
        int receiver = requestParticipant[r];
        if (giveAndTake(helper, receiver)) {
            // The example: the receiver's offer that best fits one of the helper's requests (then lowest ids).
            int exampleOffer = NOBODY;
            int exampleScore = 0;
            for (int back : offersOf[receiver]) {
                for (int asked : requestsOf[helper]) {
                    if (compatible(back, asked) && baseScore(back, asked) > exampleScore) {
                        exampleOffer = back;
                        exampleScore = baseScore(back, asked);
                    }
                }
            }
            Offer example = offers[exampleOffer];
            reasons.add(topicReason(ReasonKind.GIVE_AND_TAKE, example.topic(), example.otherTopic()));
        }
        return reasons;
    }

    private static Reason topicReason(ReasonKind kind, Topic topic, String otherTopic) {
        return topic == Topic.OTHER && otherTopic != null && !otherTopic.isBlank()
                ? Reason.of(kind, topic.name(), otherTopic.strip())
                : Reason.of(kind, topic.name());
    }

    private static List<String> slots(int mask) {
        List<String> slots = new ArrayList<>(Integer.bitCount(mask));
        for (int rest = mask; rest != 0; rest &= rest - 1) {
            slots.add(Slot.ofIndex(Integer.numberOfTrailingZeros(rest)).asArgument());
        }
        return slots;
    }
}
