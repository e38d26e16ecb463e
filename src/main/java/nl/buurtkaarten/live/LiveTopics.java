package nl.buurtkaarten.live;

import java.util.ArrayList;
import java.util.List;

/** The destinations of the live API, in one place: for the broker, the security rules and the commands. */
final class LiveTopics {

    static final String MEETING_PREFIX = "/topic/meetings/";
    static final String MEETING_PATTERN = MEETING_PREFIX + "{meetingId}";
    static final String REPLIES = "/user/queue/replies";
    static final String ERRORS = "/user/queue/errors";
    /**
     * Commands, as the client sends them ({@code /app} + the mappings in {@link LiveCommands}); each one
     * named, so that an unknown command is refused with an ERROR frame rather than dropped in silence.
     */
    static final String[] COMMAND_PATTERNS = commandPatterns();

    private LiveTopics() {}

    private static String[] commandPatterns() {
        List<String> patterns = new ArrayList<>();
        for (String command : LiveCommands.COMMANDS) {
            patterns.add("/app/meetings/{meetingId}/" + command);
        }
        patterns.add("/app/meetings/{meetingId}/answers/{answerId}/hide");
        return patterns.toArray(String[]::new);
    }

    static String meeting(long meetingId) {
        return MEETING_PREFIX + meetingId;
    }

    /** The meeting of a topic's destination, or -1 when it is no meeting's topic. */
    static long meetingOf(String destination) {
        if (destination == null || !destination.startsWith(MEETING_PREFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(destination.substring(MEETING_PREFIX.length()));
        } catch (NumberFormatException notAMeeting) {
            return -1;
        }
    }
}
