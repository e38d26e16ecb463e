package nl.buurtkaarten.summary;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.springframework.stereotype.Component;

/**
 * What the summary tests set up, through the real services: an evening on the starter deck, parents
 * who joined it, and what each offers or asks. One place, so that a change in how a meeting is
 * opened or support is given is made once. A bean of the test sources (found by the tests' own
 * component scan), so that a test simply has it injected.
 */
@Component
public final class SummaryFixture {

    private static final List<String> STARTER_DECK = List.of("buurt-starter");

    private final MeetingService meetings;
    private final ParticipationService participation;
    private final SupportService support;

    SummaryFixture(MeetingService meetings, ParticipationService participation, SupportService support) {
        this.meetings = meetings;
        this.participation = participation;
        this.support = support;
    }

    /** An open meeting on the starter deck, in Dutch. */
    public Meeting evening(String owner, String title) {
        return evening(owner, title, "nl");
    }

    public Meeting evening(String owner, String title, String language) {
        return meetings.open(owner, title, STARTER_DECK, language);
    }

    public Joined join(Meeting meeting, String nickname) {
        return participation.join(meeting.id(), nickname);
    }

    /** Several parents, in the order given. */
    public List<Joined> join(Meeting meeting, String... nicknames) {
        return Arrays.stream(nicknames).map(nickname -> join(meeting, nickname)).toList();
    }

    public SupportItem offer(Joined parent, Topic topic) {
        return add(parent, Direction.OFFER, topic);
    }

    public SupportItem request(Joined parent, Topic topic) {
        return add(parent, Direction.REQUEST, topic);
    }

    /** An offer or request on a topic, any time, any place, no note. */
    public SupportItem add(Joined parent, Direction direction, Topic topic) {
        return add(parent, new SupportDraft(direction, null, topic, null, Set.of(), null, null));
    }

    /** An offer or request in the parent's own words ("other" topic). */
    public SupportItem inOwnWords(Joined parent, Direction direction, String words) {
        return add(parent, new SupportDraft(direction, null, Topic.OTHER, words, Set.of(), null, null));
    }

    public SupportItem add(Joined parent, SupportDraft draft) {
        return support.add(parent.participant().meetingId(), parent.token(), draft);
    }
}
