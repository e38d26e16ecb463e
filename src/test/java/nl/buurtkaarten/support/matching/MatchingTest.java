package nl.buurtkaarten.support.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;

class MatchingTest {

    private static final Slot MONDAY_MORNING = new Slot(DayOfWeek.MONDAY, PartOfDay.MORNING);
    private static final Slot TUESDAY_AFTERNOON = new Slot(DayOfWeek.TUESDAY, PartOfDay.AFTERNOON);
    private static final Slot SATURDAY_EVENING = new Slot(DayOfWeek.SATURDAY, PartOfDay.EVENING);

    @Test
    void nothingToMatchGivesAnEmptyResult() {
        Request request = new Request(1, 10, Topic.HOMEWORK);

        assertThat(Matcher.match(List.of(), List.of())).isEqualTo(new MatchResult(List.of(), List.of()));
        assertThat(Matcher.match(List.of(), List.of(request)).unmatched()).containsExactly(request);
        assertThat(Matcher.match(List.of(new Offer(1, 10, Topic.HOMEWORK)), List.of())
                        .matches())
                .isEmpty();
    }

    @Test
    void aParentIsNeverMatchedWithThemselves() {
        // One participant offering and asking the same topic, and more: nothing to match.
        List<Offer> offers = List.of(new Offer(1, 10, Topic.BABYSITTING), new Offer(2, 10, Topic.COOKING));
        List<Request> requests = List.of(new Request(1, 10, Topic.BABYSITTING), new Request(2, 10, Topic.SHOPPING));

        MatchResult result = Matcher.match(offers, requests);

        assertThat(result.matches()).isEmpty();
        assertThat(result.unmatched()).containsExactlyElementsOf(requests);
    }

    @Test
    void aParentOfferingWhatTheyAskForHelpsOthersAndIsHelpedByOthers() {
        List<Offer> offers = List.of(new Offer(1, 10, Topic.BABYSITTING), new Offer(2, 20, Topic.BABYSITTING));
        List<Request> requests = List.of(new Request(1, 10, Topic.BABYSITTING), new Request(2, 20, Topic.BABYSITTING));

        MatchResult result = Matcher.match(offers, requests);

        assertThat(result.matches())
                .extracting(Match::helperId, Match::receiverId)
                .containsExactly(tuple(20L, 10L), tuple(10L, 20L));
        assertThat(result.matches())
                .allSatisfy(match -> assertThat(match.helperId()).isNotEqualTo(match.receiverId()));
    }

    @Test
    void nobodyHelpsInMoreMatchesThanAllowedOverAllTheirOffers() {
        List<Offer> offers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            offers.add(new Offer(i, 10, Topic.SCHOOL_RUN));
        }
        List<Request> requests = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            requests.add(new Request(i, 100 + i, Topic.SCHOOL_RUN));
        }

        assertThat(Matcher.match(offers, requests).matches()).hasSize(2);
        assertThat(Matcher.match(offers, requests, new MatchingSettings(3)).matches())
                .hasSize(3);
        assertThat(Matcher.match(offers, requests, new MatchingSettings(10)).matches())
                .hasSize(6);
        assertThat(Matcher.match(offers, requests, new MatchingSettings(0)).unmatched())
                .hasSize(6);
    }

    @Test
    void oneOfferMayServeSeveralRequestsAndEachRequestIsServedOnce() {
        List<Offer> offers = List.of(new Offer(1, 10, Topic.SHOPPING), new Offer(2, 20, Topic.SHOPPING));
        List<Request> requests = List.of(new Request(1, 30, Topic.SHOPPING));
        List<Offer> oneOffer = List.of(new Offer(1, 10, Topic.SHOPPING));
        List<Request> twoRequests = List.of(new Request(1, 30, Topic.SHOPPING), new Request(2, 40, Topic.SHOPPING));

        assertThat(Matcher.match(offers, requests).matches())
                .singleElement()
                .extracting(Match::requestId)
                .isEqualTo(1L);
        assertThat(Matcher.match(oneOffer, twoRequests).matches())
                .extracting(Match::offerId)
                .containsExactly(1L, 1L);
    }

    @Test
    void incompatiblePairsAreNeverMatched() {
        Offer offer =
                new Offer(1, 10, SupportKind.PRACTICAL, Topic.BABYSITTING, null, Set.of(MONDAY_MORNING), "Molenwijk");
        List<Request> requests = List.of(
                // another area
                new Request(
                        1, 20, SupportKind.PRACTICAL, Topic.BABYSITTING, null, Set.of(MONDAY_MORNING), "Kerkstraat"),
                // no shared time
                new Request(2, 30, SupportKind.PRACTICAL, Topic.BABYSITTING, null, Set.of(TUESDAY_AFTERNOON), null),
                // other topic and other kind
                new Request(3, 40, SupportKind.EMOTIONAL, Topic.LISTENING_EAR, null, Set.of(), null),
                // another free-text topic of another kind
                new Request(4, 50, SupportKind.CONNECTION, Topic.OTHER, "Babysitting", Set.of(), null));

        MatchResult result = Matcher.match(List.of(offer), requests, new MatchingSettings(10));

        assertThat(result.matches()).isEmpty();
        assertThat(result.unmatched()).containsExactlyElementsOf(requests);
    }

    @Test
    void freeTextTopicsMatchIgnoringCaseAndWhiteSpace() {
        Offer offer = new Offer(1, 10, SupportKind.PRACTICAL, Topic.OTHER, "Fiets repareren", Set.of(), null);
        Request same = new Request(1, 20, SupportKind.CONNECTION, Topic.OTHER, "  fietsREPAREREN ", Set.of(), null);
        Request other = new Request(2, 30, SupportKind.CONNECTION, Topic.OTHER, "Tuin", Set.of(), null);
        Request noText = new Request(3, 40, SupportKind.CONNECTION, Topic.OTHER, " ", Set.of(), null);

        MatchResult result = Matcher.match(List.of(offer), List.of(same, other, noText), new MatchingSettings(10));

        assertThat(result.matches()).singleElement().satisfies(match -> {
            assertThat(match.requestId()).isEqualTo(1L);
            assertThat(match.reasons())
                    .first()
                    .isEqualTo(new Reason(ReasonKind.SAME_TOPIC, List.of("OTHER", "fietsREPAREREN")));
        });
    }

    @Test
    void theSameKindOfSupportIsEnoughAndTheReasonsSaySo() {
        Offer offer = new Offer(
                7,
                10,
                SupportKind.PRACTICAL,
                Topic.COOKING,
                null,
                Set.of(SATURDAY_EVENING, TUESDAY_AFTERNOON, MONDAY_MORNING),
                " Het Plein ");
        Request request = new Request(
                8,
                20,
                SupportKind.PRACTICAL,
                Topic.SHOPPING,
                null,
                Set.of(TUESDAY_AFTERNOON, MONDAY_MORNING),
                "het plein");

        Match match = Matcher.match(List.of(offer), List.of(request)).matches().getFirst();

        assertThat(match)
                .extracting(Match::offerId, Match::requestId, Match::helperId, Match::receiverId)
                .containsExactly(7L, 8L, 10L, 20L);
        assertThat(match.reasons())
                .containsExactly(
                        new Reason(ReasonKind.SAME_KIND_OF_SUPPORT, List.of("PRACTICAL")),
                        new Reason(ReasonKind.BOTH_FREE, List.of("MONDAY:MORNING", "TUESDAY:AFTERNOON")),
                        new Reason(ReasonKind.SAME_AREA, List.of("het plein")));
        assertThat(match.score())
                .isEqualTo(MatchScore.BASE
                        + MatchScore.SAME_KIND_OF_SUPPORT
                        + MatchScore.SHARED_TIME
                        + MatchScore.SAME_AREA);
        assertThat(match.sameTopic())
                .as("cooking was offered, shopping asked: only a suggestion")
                .isFalse();
    }

    @Test
    void pietWhoOffersHomeworkIsOnlySuggestedForMehmetsLanguageAndForms() {
        // Testers' case (issue 10): Piet offered homework, Mehmet asked for help with language and forms.
        long piet = 1;
        long mehmet = 2;
        Offer homework = new Offer(11, piet, Topic.HOMEWORK);
        Request languageAndForms = new Request(21, mehmet, Topic.LANGUAGE_AND_FORMS);

        Match match = Matcher.match(List.of(homework), List.of(languageAndForms))
                .matches()
                .getFirst();

        assertThat(match.sameTopic())
                .as("Piet never offered language and forms")
                .isFalse();
        assertThat(match.reasons())
                .extracting(Reason::kind)
                .doesNotContain(ReasonKind.SAME_TOPIC)
                .startsWith(ReasonKind.SAME_KIND_OF_SUPPORT);
        assertThat(match.reasons().getFirst().arguments()).containsExactly("INFORMATIVE");
        assertThat(match.offerId()).isEqualTo(11L);
    }

    @Test
    void aSuggestionNeverTakesTheHelperOfARealTopicMatch() {
        // Piet may help once. He offered homework: Anna asked for exactly that, Mehmet for language and forms.
        // Joke offers parenting advice (informative too) only in the Molenwijk, where Anna lives and Mehmet does not.
        // Two suggestions (Piet -> Mehmet, Joke -> Anna) would make more pairs than the one real match Piet -> Anna.
        long piet = 1;
        long anna = 2;
        long mehmet = 3;
        long joke = 4;
        List<Offer> offers = List.of(
                new Offer(11, piet, SupportKind.INFORMATIVE, Topic.HOMEWORK, null, Set.of(), null),
                new Offer(14, joke, SupportKind.INFORMATIVE, Topic.PARENTING_ADVICE, null, Set.of(), "Molenwijk"));
        List<Request> requests = List.of(
                new Request(22, anna, SupportKind.INFORMATIVE, Topic.HOMEWORK, null, Set.of(), "Molenwijk"),
                new Request(
                        23, mehmet, SupportKind.INFORMATIVE, Topic.LANGUAGE_AND_FORMS, null, Set.of(), "Kerkstraat"));

        MatchResult result = Matcher.match(offers, requests, new MatchingSettings(1));

        assertThat(result.matches())
                .extracting(Match::helperId, Match::receiverId, Match::sameTopic)
                .containsExactly(tuple(piet, anna, true));
        assertThat(result.unmatched()).extracting(Request::participantId).containsExactly(mehmet);
    }

    @Test
    void aHelpersOfferOnTheAskedTopicAlwaysBeatsTheirOfferOfAnotherTopic() {
        // So the best offer per helper and request is never a suggestion when the helper offered the topic itself.
        assertThat(MatchScore.BASE + MatchScore.SAME_TOPIC)
                .isGreaterThan(MatchScore.BASE
                        + MatchScore.SAME_KIND_OF_SUPPORT
                        + MatchScore.SHARED_TIME
                        + MatchScore.SAME_AREA);
        List<Offer> offers = List.of(
                new Offer(1, 10, SupportKind.PRACTICAL, Topic.COOKING, null, Set.of(MONDAY_MORNING), "Dorp"),
                new Offer(2, 10, SupportKind.EMOTIONAL, Topic.SHOPPING, null, Set.of(), null));
        List<Request> requests = List.of(
                new Request(5, 20, SupportKind.PRACTICAL, Topic.SHOPPING, null, Set.of(MONDAY_MORNING), "Dorp"));

        assertThat(Matcher.match(offers, requests).matches())
                .singleElement()
                .satisfies(match -> assertThat(match.offerId()).isEqualTo(2L))
                .satisfies(match -> assertThat(match.sameTopic()).isTrue());
    }

    @Test
    void reasonsSayWhichSideIsFlexibleAboutTimeAndPlace() {
        Offer anyTimeAnywhere = new Offer(1, 10, Topic.LISTENING_EAR);
        Offer fixed =
                new Offer(2, 11, SupportKind.EMOTIONAL, Topic.LISTENING_EAR, null, Set.of(MONDAY_MORNING), "Zuid");
        Request fixedRequest =
                new Request(1, 20, SupportKind.EMOTIONAL, Topic.LISTENING_EAR, null, Set.of(SATURDAY_EVENING), "Noord");
        Request openRequest = new Request(2, 21, Topic.LISTENING_EAR);

        assertThat(Matcher.match(List.of(anyTimeAnywhere), List.of(fixedRequest))
                        .matches()
                        .getFirst()
                        .reasons())
                .containsExactly(
                        new Reason(ReasonKind.SAME_TOPIC, List.of("LISTENING_EAR")),
                        new Reason(ReasonKind.SAME_KIND_OF_SUPPORT, List.of("EMOTIONAL")),
                        new Reason(ReasonKind.HELPER_ANY_TIME, List.of("SATURDAY:EVENING")),
                        new Reason(ReasonKind.HELPER_ANY_AREA, List.of("Noord")));
        assertThat(Matcher.match(List.of(fixed), List.of(openRequest))
                        .matches()
                        .getFirst()
                        .reasons())
                .extracting(Reason::kind, Reason::arguments)
                .contains(
                        tuple(ReasonKind.RECEIVER_ANY_TIME, List.of("MONDAY:MORNING")),
                        tuple(ReasonKind.RECEIVER_ANY_AREA, List.of("Zuid")));
        Match open = Matcher.match(List.of(anyTimeAnywhere), List.of(openRequest))
                .matches()
                .getFirst();
        assertThat(open.reasons())
                .extracting(Reason::kind)
                .containsExactly(
                        ReasonKind.SAME_TOPIC,
                        ReasonKind.SAME_KIND_OF_SUPPORT,
                        ReasonKind.ANY_TIME,
                        ReasonKind.ANY_AREA);
        assertThat(open.score()).isEqualTo(MatchScore.BASE + MatchScore.SAME_TOPIC + MatchScore.SAME_KIND_OF_SUPPORT);
    }

    @Test
    void givingToEachOtherIsPreferredWhenBothChoicesMakeAsManyMatches() {
        // Parent 1 can babysit for 2 or 3 (same score); 2 cooks, and 1 asked for cooking; 3 offers nothing 1 needs.
        List<Offer> offers = List.of(new Offer(1, 1, Topic.BABYSITTING), new Offer(2, 2, Topic.COOKING));
        List<Request> requests = List.of(
                new Request(10, 3, Topic.BABYSITTING), // the lower id: the choice without give and take
                new Request(11, 2, Topic.BABYSITTING),
                new Request(12, 1, Topic.COOKING));

        MatchResult result = Matcher.match(offers, requests, new MatchingSettings(1));

        assertThat(result.matches())
                .extracting(Match::helperId, Match::receiverId)
                .containsExactlyInAnyOrder(tuple(1L, 2L), tuple(2L, 1L));
        assertThat(result.unmatched()).extracting(Request::id).containsExactly(10L);
        Match oneHelpsTwo = result.matches().stream()
                .filter(match -> match.helperId() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(oneHelpsTwo.reasons()).last().isEqualTo(new Reason(ReasonKind.GIVE_AND_TAKE, List.of("COOKING")));
        assertThat(oneHelpsTwo.score())
                .isEqualTo(MatchScore.BASE
                        + MatchScore.SAME_TOPIC
                        + MatchScore.SAME_KIND_OF_SUPPORT
                        + MatchScore.GIVE_AND_TAKE);
    }

    @Test
    void moreMatchesComeBeforeBetterMatches() {
        // Helper 1 fits request 10 very well and request 11 only by kind; helper 2 fits only request 10, by topic.
        List<Offer> offers = List.of(
                new Offer(1, 1, SupportKind.PRACTICAL, Topic.TRANSPORT, null, Set.of(), "Dorp"),
                new Offer(2, 2, SupportKind.CONNECTION, Topic.TRANSPORT, null, Set.of(), null));
        List<Request> requests = List.of(
                new Request(10, 3, SupportKind.PRACTICAL, Topic.TRANSPORT, null, Set.of(), "Dorp"),
                new Request(11, 4, SupportKind.PRACTICAL, Topic.SHOPPING, null, Set.of(), null));

        MatchResult result = Matcher.match(offers, requests, new MatchingSettings(1));

        assertThat(result.matches())
                .extracting(Match::helperId, Match::requestId)
                .containsExactly(tuple(2L, 10L), tuple(1L, 11L));
    }

    @Test
    void aHelperServesARequestWithTheirBestFittingOffer() {
        List<Offer> offers = List.of(
                new Offer(1, 1, SupportKind.PRACTICAL, Topic.SHOPPING, null, Set.of(), null),
                new Offer(2, 1, SupportKind.PRACTICAL, Topic.COOKING, null, Set.of(), null),
                new Offer(3, 1, SupportKind.PRACTICAL, Topic.COOKING, null, Set.of(), null));
        List<Request> requests = List.of(new Request(1, 2, SupportKind.PRACTICAL, Topic.COOKING, null, Set.of(), null));

        assertThat(Matcher.match(offers, requests).matches())
                .singleElement()
                .extracting(Match::offerId)
                .isEqualTo(2L);
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameResult() {
        Random random = new Random(7);
        MatchingBenchmarkTest.Meeting meeting = MatchingBenchmarkTest.meeting(40, 3, random);
        MatchResult expected = Matcher.match(meeting.offers(), meeting.requests());
        assertThat(expected.matches()).isNotEmpty();
        for (int i = 0; i < 20; i++) {
            List<Offer> offers = new ArrayList<>(meeting.offers());
            List<Request> requests = new ArrayList<>(meeting.requests());
            Collections.shuffle(offers, random);
            Collections.shuffle(requests, random);
            assertThat(Matcher.match(offers, requests)).isEqualTo(expected);
        }
    }

    @Test
    void startingWithFewerCandidatesChangesOnlyTheSpeed() {
        for (int seed = 0; seed < 10; seed++) {
            MatchingBenchmarkTest.Meeting meeting = MatchingBenchmarkTest.meeting(30, 4, new Random(seed));
            MatchResult all =
                    Matcher.match(meeting.offers(), meeting.requests(), new MatchingSettings(2, Integer.MAX_VALUE));
            MatchingRun pruned = new MatchingRun(meeting.offers(), meeting.requests(), new MatchingSettings(2, 1));

            assertThat(pruned.result().matches()).hasSameSizeAs(all.matches());
            assertThat(totalScore(pruned.result())).isEqualTo(totalScore(all));
            assertThat(pruned.arcs()).isLessThan(pruned.candidates());
        }
    }

    @Test
    void aLargeMeetingWithRoomForManyMatchesPerHelperStillPutsTopicMatchesFirst() {
        // 250 parents, 5 requests each, up to 5 matches per helper: up to 1,250 matches to weigh in the flow. Nobody
        // offers cooking, so requests for cooking can get a suggestion at most.
        MatchingBenchmarkTest.Meeting meeting = MatchingBenchmarkTest.meeting(250, 5, new Random(3));
        List<Offer> offers = meeting.offers().stream()
                .filter(offer -> offer.topic() != Topic.COOKING)
                .toList();
        MatchingSettings settings = new MatchingSettings(5);

        MatchResult result = Matcher.match(offers, meeting.requests(), settings);

        assertThat(result.matches()).hasSizeGreaterThan(1000).anyMatch(match -> !match.sameTopic());
        // Every request left to a suggestion had no topic helper with room: no helper of its topic serves fewer than 5.
        Map<Long, Long> load = new HashMap<>();
        result.matches().forEach(match -> load.merge(match.helperId(), 1L, Long::sum));
        Map<Long, Request> requests = new HashMap<>();
        meeting.requests().forEach(request -> requests.put(request.id(), request));
        for (Match suggestion :
                result.matches().stream().filter(match -> !match.sameTopic()).toList()) {
            Request request = requests.get(suggestion.requestId());
            List<Offer> topicHelpers = offers.stream()
                    .filter(offer -> offer.topic() == request.topic() && offer.topic() != Topic.OTHER)
                    .filter(offer -> offer.participantId() != request.participantId())
                    .filter(offer -> offer.when().isEmpty()
                            || request.when().isEmpty()
                            || offer.when().stream().anyMatch(request.when()::contains))
                    .filter(offer -> offer.area() == null
                            || request.area() == null
                            || MatchingRun.normalise(offer.area()).equals(MatchingRun.normalise(request.area())))
                    .toList();
            assertThat(topicHelpers)
                    .allSatisfy(offer -> assertThat(load.getOrDefault(offer.participantId(), 0L))
                            .isEqualTo(5L));
        }
    }

    @Test
    void duplicateIdsAndWrongSettingsAreRefused() {
        Offer offer = new Offer(1, 10, Topic.HOMEWORK);
        Request request = new Request(1, 20, Topic.HOMEWORK);

        assertThatThrownBy(() -> Matcher.match(List.of(offer, new Offer(1, 11, Topic.COOKING)), List.of(request)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 1");
        assertThatThrownBy(() -> Matcher.match(List.of(offer), List.of(request, new Request(1, 21, Topic.COOKING))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchingSettings(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchingSettings(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MatchingSettings.defaults().maxMatchesPerHelper()).isEqualTo(2);
    }

    @Test
    void everyTopicHasADefaultKindOfSupport() {
        assertThat(Topic.BABYSITTING.defaultKind()).isEqualTo(SupportKind.PRACTICAL);
        assertThat(Topic.LISTENING_EAR.defaultKind()).isEqualTo(SupportKind.EMOTIONAL);
        assertThat(Topic.LANGUAGE_AND_FORMS.defaultKind()).isEqualTo(SupportKind.INFORMATIVE);
        assertThat(Topic.PARENTING_ADVICE.defaultKind()).isEqualTo(SupportKind.NORMATIVE);
        assertThat(Topic.DOING_THINGS_TOGETHER.defaultKind()).isEqualTo(SupportKind.CONNECTION);
        assertThat(Topic.values())
                .allSatisfy(topic -> assertThat(topic.defaultKind()).isNotNull());
    }

    /** The sum of the matches' scores: what the matching maximises after the number of topic matches. */
    static long totalScore(MatchResult result) {
        return result.matches().stream().mapToLong(Match::score).sum();
    }
}
