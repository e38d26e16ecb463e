package nl.buurtkaarten.summary;

import java.util.Map;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.SupportService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A follow-up meeting with the same group: the same decks and language, the same parents under
 * their nicknames, and their offers and requests, so that who could support whom carries on.
 * Parents come back through the new code and are recognised by their phone from last time.
 */
@Service
public class FollowUpService {

    private final MeetingService meetings;
    private final ParticipationService participation;
    private final SupportService support;

    FollowUpService(MeetingService meetings, ParticipationService participation, SupportService support) {
        this.meetings = meetings;
        this.participation = participation;
        this.support = support;
    }

    @Transactional
    public Meeting start(long previousMeetingId, String owner, String title) {
        Meeting followUp = meetings.openFollowUp(previousMeetingId, owner, title);
        Map<Long, Long> participants = participation.carryOver(previousMeetingId, followUp.id());
        support.carryOver(previousMeetingId, followUp.id(), participants);
        return followUp;
    }
}
