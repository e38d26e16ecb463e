package nl.buurtkaarten.live;

import java.security.Principal;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.ParticipationService;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

/**
 * The facilitator's commands over the live API, calling the same services as the buttons of the
 * projector and the control view (which also check that the meeting is the facilitator's own). Only
 * a signed-in facilitator gets here ({@link LiveSecurityConfiguration}). Each command is answered to
 * the connection that sent it only: {@code /user/queue/replies}, or {@code /user/queue/errors} with
 * the refusal's message key (the same key the views translate, e.g. {@code draw.error.no-previous}).
 */
@Controller
@MessageMapping("/meetings/{meetingId}")
class LiveCommands {

    static final String[] COMMANDS = {
        "next", "back", "skip", "reshuffle", "show-answers", "hide-answers", "show-summary", "hide-summary", "close"
    };

    private final MeetingService meetings;
    private final ParticipationService participation;

    LiveCommands(MeetingService meetings, ParticipationService participation) {
        this.meetings = meetings;
        this.participation = participation;
    }

    /** A command's outcome. @param drawId the card on the screen after a draw, else null */
    public record CommandReply(String command, long meetingId, Long drawId) {}

    /** A refused command. @param code the reason's message key, or {@code bad-command} */
    public record CommandError(String code) {}

    /** The next card; with {@code {"theme": "..."}} a new card of that theme. */
    public record Draw(String theme) {}

    @MessageMapping("/next")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply next(@DestinationVariable long meetingId, @Payload(required = false) Draw draw, Principal user) {
        DrawnCard card = meetings.drawNext(meetingId, user.getName(), draw == null ? null : draw.theme());
        return new CommandReply("next", meetingId, card.id());
    }

    @MessageMapping("/back")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply back(@DestinationVariable long meetingId, Principal user) {
        return new CommandReply(
                "back", meetingId, meetings.back(meetingId, user.getName()).id());
    }

    @MessageMapping("/skip")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply skip(@DestinationVariable long meetingId, Principal user) {
        return new CommandReply(
                "skip", meetingId, meetings.skip(meetingId, user.getName()).id());
    }

    @MessageMapping("/reshuffle")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply reshuffle(@DestinationVariable long meetingId, Principal user) {
        meetings.reshuffle(meetingId, user.getName());
        return new CommandReply("reshuffle", meetingId, null);
    }

    @MessageMapping("/show-answers")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply showAnswers(@DestinationVariable long meetingId, Principal user) {
        meetings.setAnswersVisible(meetingId, user.getName(), true);
        return new CommandReply("show-answers", meetingId, null);
    }

    @MessageMapping("/hide-answers")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply hideAnswers(@DestinationVariable long meetingId, Principal user) {
        meetings.setAnswersVisible(meetingId, user.getName(), false);
        return new CommandReply("hide-answers", meetingId, null);
    }

    @MessageMapping("/answers/{answerId}/hide")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply hideAnswer(@DestinationVariable long meetingId, @DestinationVariable long answerId, Principal user) {
        participation.setHidden(meetingId, user.getName(), answerId, true);
        return new CommandReply("hide-answer", meetingId, null);
    }

    @MessageMapping("/show-summary")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply showSummary(@DestinationVariable long meetingId, Principal user) {
        meetings.setSummaryVisible(meetingId, user.getName(), true);
        return new CommandReply("show-summary", meetingId, null);
    }

    @MessageMapping("/hide-summary")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply hideSummary(@DestinationVariable long meetingId, Principal user) {
        meetings.setSummaryVisible(meetingId, user.getName(), false);
        return new CommandReply("hide-summary", meetingId, null);
    }

    @MessageMapping("/close")
    @SendToUser(destinations = "/queue/replies", broadcast = false)
    CommandReply close(@DestinationVariable long meetingId, Principal user) {
        meetings.close(meetingId, user.getName());
        return new CommandReply("close", meetingId, null);
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    CommandError refused(UserFacingException refusal) {
        return new CommandError(refusal.messageKey());
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    CommandError unreadable(MessageConversionException unreadable) {
        return new CommandError("bad-command");
    }
}
