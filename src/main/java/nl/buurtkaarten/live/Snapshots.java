package nl.buurtkaarten.live;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.cards.PictureChoice;
import nl.buurtkaarten.cards.SupportKind;
import nl.buurtkaarten.live.MeetingSnapshot.AnswerText;
import nl.buurtkaarten.live.MeetingSnapshot.Answers;
import nl.buurtkaarten.live.MeetingSnapshot.CardShown;
import nl.buurtkaarten.live.MeetingSnapshot.Counts;
import nl.buurtkaarten.live.MeetingSnapshot.Join;
import nl.buurtkaarten.live.MeetingSnapshot.Pair;
import nl.buurtkaarten.live.MeetingSnapshot.Progress;
import nl.buurtkaarten.live.MeetingSnapshot.Summary;
import nl.buurtkaarten.live.MeetingSnapshot.Topic;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.participation.Answer;
import nl.buurtkaarten.participation.AnswersNow;
import nl.buurtkaarten.participation.Participants;
import nl.buurtkaarten.summary.MeetingSummary;
import nl.buurtkaarten.summary.SuggestedMatch;
import nl.buurtkaarten.summary.SummaryNow;
import nl.buurtkaarten.support.SupportCounts;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportNow;

/**
 * A meeting's live picture as the live API publishes it: by the projector's rules (ProjectorView,
 * AnswerWall), taking from the picture only what a shared screen may show.
 */
final class Snapshots {

    private Snapshots() {}

    static MeetingSnapshot of(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            return new MeetingSnapshot(
                    MeetingSnapshot.FORMAT,
                    picture.version(),
                    picture.meetingId(),
                    "gone",
                    null,
                    null,
                    null,
                    null,
                    0,
                    null,
                    Map.of(),
                    null);
        }
        Meeting meeting = now.meeting();
        boolean summaryShown = meeting.showsSummary();
        DrawnCard card = summaryShown ? null : now.card();
        return new MeetingSnapshot(
                MeetingSnapshot.FORMAT,
                picture.version(),
                meeting.id(),
                meeting.isOpen() ? "open" : "closed",
                meeting.language(),
                meeting.isOpen() ? new Join(meeting.displayCode(), "/join/" + meeting.joinCode()) : null,
                card == null ? null : card(card),
                new Progress(
                        now.progress().remaining(),
                        now.progress().total(),
                        now.progress().canGoBack()),
                picture.part(Participants.class).count(),
                answers(card, picture.part(AnswersNow.class).visible(), meeting.answersVisible()),
                support(picture.part(SupportNow.class)),
                summaryShown ? summary(picture.part(SummaryNow.class).summary()) : null);
    }

    private static CardShown card(DrawnCard card) {
        return new CardShown(
                card.id(),
                card.sequence(),
                card.kind().fileValue(),
                card.support() == null ? null : card.support().fileValue(),
                card.theme(),
                card.text(),
                card.choices().stream().map(PictureChoice::fileValue).toList());
    }

    /** As the answer wall: hidden answers never; while the answers are not shown, only how many there are. */
    private static Answers answers(DrawnCard card, List<Answer> visible, boolean shown) {
        if (card == null) {
            return new Answers(shown, 0, Map.of(), List.of());
        }
        if (!shown) {
            return new Answers(false, visible.size(), Map.of(), List.of());
        }
        Map<String, Integer> tally = new LinkedHashMap<>();
        List<Answer> reactions = visible.stream().filter(Answer::isReaction).toList();
        card.choices().forEach(choice -> tally.put(choice.fileValue(), 0));
        reactions.forEach(answer -> tally.merge(answer.reaction().fileValue(), 1, Integer::sum));
        List<AnswerText> texts = visible.stream()
                .filter(answer -> !answer.isReaction())
                .map(answer -> new AnswerText(answer.id(), answer.text(), answer.publicName()))
                .toList();
        return new Answers(true, visible.size(), tally, texts);
    }

    private static Map<String, Counts> support(SupportNow support) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (Map.Entry<SupportKind, SupportCounts> entry : support.counts().entrySet()) {
            counts.put(
                    entry.getKey().fileValue(),
                    new Counts(entry.getValue().offers(), entry.getValue().requests()));
        }
        return counts;
    }

    private static Summary summary(MeetingSummary summary) {
        List<Pair> pairs = summary.matches().stream().map(Snapshots::pair).toList();
        return new Summary(
                summary.offers(),
                summary.requests(),
                summary.topicMatches().size(),
                summary.suggestions().size(),
                summary.givingAndReceivingPercent(),
                pairs,
                summary.openRequests().stream().map(Snapshots::topic).distinct().toList());
    }

    private static Pair pair(SuggestedMatch match) {
        return new Pair(
                match.helper().nickname(),
                match.receiver().nickname(),
                match.offer().kind().fileValue(),
                topic(match.offer()),
                topic(match.request()),
                match.suggestion());
    }

    private static Topic topic(SupportItem item) {
        String name = item.topic().name().toLowerCase(Locale.ROOT);
        return new Topic(name, item.topic() == nl.buurtkaarten.support.Topic.OTHER ? item.otherTopic() : null);
    }
}
