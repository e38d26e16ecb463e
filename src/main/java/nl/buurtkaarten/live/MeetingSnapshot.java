package nl.buurtkaarten.live;

import java.util.List;
import java.util.Map;

/**
 * What the topic {@code /topic/meetings/{id}} carries: the whole of what the projector may show, every
 * time, so that a client that missed messages needs only the last one. Never a contact detail, a
 * hidden answer, a parent's offers or requests one by one, or a name the parent did not choose to show
 * (the summary's pairs name parents by nickname, as the projector does once it shows the summary).
 * The API's AsyncAPI document ({@code asyncapi.yaml} beside this class) describes every field; {@code
 * AsyncApiDocumentTest} fails when a field is added or removed without it.
 *
 * @param format the shape of this message; raised when a field changes meaning or goes away
 * @param version higher for a newer snapshot of the same meeting: a client ignores one lower than it has
 * @param meetingId the meeting
 * @param status {@code open}, {@code closed} or {@code gone} (deleted: nothing else is filled in)
 * @param language the meeting's language, the one the projector shows the card in
 * @param join how parents join, as the projector shows it; null once the meeting is closed or gone
 * @param card the card on the screen, or null before the first draw (and while the summary is shown)
 * @param progress how far the meeting's decks are drawn
 * @param participants how many parents have joined
 * @param answers the answers to the card on the screen
 * @param support offers and requests per kind of support ({@code emotional}, {@code practical}, ...)
 * @param summary who could support whom, once the facilitator shows it or the meeting closed; else null
 */
public record MeetingSnapshot(
        int format,
        long version,
        long meetingId,
        String status,
        String language,
        Join join,
        CardShown card,
        Progress progress,
        int participants,
        Answers answers,
        Map<String, Counts> support,
        Summary summary) {

    public static final int FORMAT = 1;

    /** The same snapshot under another version. */
    MeetingSnapshot withVersion(long newVersion) {
        return new MeetingSnapshot(
                format,
                newVersion,
                meetingId,
                status,
                language,
                join,
                card,
                progress,
                participants,
                answers,
                support,
                summary);
    }

    /**
     * How parents join, as the projector shows it (the join code is on the wall for everyone in the room).
     *
     * @param code the join code as people type it, grouped for reading, e.g. {@code K7M 4PX}
     * @param path the join page's path on this app, e.g. {@code /join/K7M4PX}; a client puts the app's address
     *     in front of it (the hall screen asks the app for the address phones reach: {@code /hall/join})
     */
    public record Join(String code, String path) {}

    /**
     * A card as drawn.
     *
     * @param drawId changes with every draw, also when the same card comes back
     * @param sequence the draw's number in the meeting, 1 for the first card drawn ({@code back} shows an earlier one
     *     again)
     * @param kind {@code question}, {@code statement}, {@code situation} or {@code offer-prompt}
     * @param support the kind of support the card is about, or null
     * @param theme the card's theme, a word of its deck, e.g. {@code kennismaken}
     * @param text the card's text per language ({@code nl}, {@code en}, {@code ar}, ...)
     * @param choices the pictures parents can tap for it, e.g. {@code recognise}
     */
    public record CardShown(
            long drawId,
            int sequence,
            String kind,
            String support,
            String theme,
            Map<String, String> text,
            List<String> choices) {}

    /**
     * Where the meeting stands in its decks.
     *
     * @param remaining cards not yet drawn in this round
     * @param total cards in the meeting's decks
     * @param canGoBack whether an earlier card can be shown again
     */
    public record Progress(int remaining, int total, boolean canGoBack) {}

    /**
     * @param visible whether the facilitator shows the answers; when not, only {@code count} is filled in
     * @param count how many answers there are on the screen (reactions and texts)
     * @param tally per picture tapped (the reactions), in the card's order; empty when not shown
     * @param texts the written answers, oldest first; empty when not shown
     */
    public record Answers(boolean visible, int count, Map<String, Integer> tally, List<AnswerText> texts) {}

    /**
     * @param id the answer, for the command {@code answers/{answerId}/hide}
     * @param name the parent's nickname, only when they chose to show it with this answer; else null
     */
    public record AnswerText(long id, String text, String name) {}

    public record Counts(int offers, int requests) {}

    /**
     * @param matches how many pairs match on topic
     * @param suggestions how many pairs are only an idea
     * @param givingAndReceivingPercent share of parents who both give and receive, 0 to 100
     * @param pairs who could help whom; a {@code suggestion} is only an idea (same kind of support, another topic)
     * @param openRequests the topics of requests nobody could take up yet
     */
    public record Summary(
            int offers,
            int requests,
            int matches,
            int suggestions,
            int givingAndReceivingPercent,
            List<Pair> pairs,
            List<Topic> openRequests) {}

    /** @param support the kind of support of the offer */
    public record Pair(
            String helper, String receiver, String support, Topic offered, Topic asked, boolean suggestion) {}

    /**
     * @param topic e.g. {@code homework}, {@code language_and_forms}, or {@code other}
     * @param words the parent's own words for {@code other}; else null
     */
    public record Topic(String topic, String words) {}
}
