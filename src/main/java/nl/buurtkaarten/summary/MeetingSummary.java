package nl.buurtkaarten.summary;

import java.util.List;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.support.SupportItem;

/**
 * Who could support whom in one meeting, with the figures. Holds nicknames, never contact details.
 *
 * @param matches the pairs: first those on the asked topic, then the suggestions (same kind of support, another
 *     topic), each in the order of the matcher
 * @param givingAndReceiving parents who both help someone and are helped in the pairs on the asked topic
 */
public record MeetingSummary(
        List<Participant> participants,
        List<SuggestedMatch> matches,
        List<SupportItem> openRequests,
        int offers,
        int requests,
        int givingAndReceiving) {

    public MeetingSummary {
        participants = List.copyOf(participants);
        matches = List.copyOf(matches);
        openRequests = List.copyOf(openRequests);
    }

    /** Share of parents who both give and receive, 0 to 100. */
    public int givingAndReceivingPercent() {
        return participants.isEmpty() ? 0 : Math.round(100f * givingAndReceiving / participants.size());
    }

    /** The pairs where the helper offered what was asked. */
    public List<SuggestedMatch> topicMatches() {
        return matches.stream().filter(match -> !match.suggestion()).toList();
    }

    /** The pairs that are only an idea: the helper offered something else of the same kind of support. */
    public List<SuggestedMatch> suggestions() {
        return matches.stream().filter(SuggestedMatch::suggestion).toList();
    }

    public List<SuggestedMatch> matchesOf(long participantId) {
        return matches.stream().filter(match -> match.involves(participantId)).toList();
    }
}
