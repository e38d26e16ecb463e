package nl.buurtkaarten.summary;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.matching.Match;
import nl.buurtkaarten.support.matching.MatchResult;
import nl.buurtkaarten.support.matching.Matcher;
import nl.buurtkaarten.support.matching.MatchingSettings;
import nl.buurtkaarten.support.matching.Offer;
import nl.buurtkaarten.support.matching.Request;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Works out who could support whom from the offers and requests as they are now. Matching takes
 * milliseconds, so it runs whenever a summary is shown: a withdrawn offer is gone from the next
 * summary at once, and nothing stale is stored.
 */
@Service
public class SummaryService {

    private final SupportService support;
    private final ParticipationService participation;
    private final MatchingSettings settings;

    SummaryService(
            SupportService support,
            ParticipationService participation,
            @Value("${buurtkaarten.matching.max-per-helper:2}") int maxPerHelper) {
        this.support = support;
        this.participation = participation;
        this.settings = new MatchingSettings(maxPerHelper);
    }

    public MeetingSummary summary(long meetingId) {
        return summaryOf(participation.participants(meetingId), support.ofMeeting(meetingId));
    }

    /** The summary of these parents and their offers and requests (the live picture has both at hand). */
    public MeetingSummary summaryOf(List<Participant> participants, List<SupportItem> items) {
        Map<Long, Participant> byId =
                participants.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
        Map<Long, SupportItem> itemsById =
                items.stream().collect(Collectors.toMap(SupportItem::id, Function.identity()));
        List<Offer> offers = items.stream()
                .filter(item -> item.direction() == Direction.OFFER)
                .map(item -> new Offer(
                        item.id(),
                        item.participantId(),
                        item.kind(),
                        item.topic(),
                        item.otherTopic(),
                        item.when(),
                        item.area()))
                .toList();
        List<Request> requests = items.stream()
                .filter(item -> item.direction() == Direction.REQUEST)
                .map(item -> new Request(
                        item.id(),
                        item.participantId(),
                        item.kind(),
                        item.topic(),
                        item.otherTopic(),
                        item.when(),
                        item.area()))
                .toList();
        MatchResult result = Matcher.match(offers, requests, settings);
        // Pairs on the asked topic first; suggestions (same kind, another topic) after them, everywhere they are shown.
        List<SuggestedMatch> matches = result.matches().stream()
                .sorted(Comparator.comparing(match -> !match.sameTopic()))
                .map(match -> suggested(match, byId, itemsById))
                .toList();
        Set<Long> helpers = new HashSet<>();
        Set<Long> receivers = new HashSet<>();
        for (Match match : result.matches().stream().filter(Match::sameTopic).toList()) {
            helpers.add(match.helperId());
            receivers.add(match.receiverId());
        }
        helpers.retainAll(receivers);
        List<SupportItem> open = result.unmatched().stream()
                .map(request -> itemsById.get(request.id()))
                .toList();
        return new MeetingSummary(participants, matches, open, offers.size(), requests.size(), helpers.size());
    }

    /** One parent's part: whom they could help and who could help them. */
    public List<SuggestedMatch> personal(long meetingId, long participantId) {
        return summary(meetingId).matchesOf(participantId);
    }

    private static SuggestedMatch suggested(
            Match match, Map<Long, Participant> participants, Map<Long, SupportItem> items) {
        return new SuggestedMatch(
                participants.get(match.helperId()),
                participants.get(match.receiverId()),
                items.get(match.offerId()),
                items.get(match.requestId()),
                match.score(),
                match.reasons());
    }
}
