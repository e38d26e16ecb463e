package nl.buurtkaarten.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.buurtkaarten.meeting.DrawnCard;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.matching.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/** A whole meeting with debug logging of the app on: no nickname, answer, note or contact detail reaches the log. */
@SpringBootTest(properties = "logging.level.nl.buurtkaarten=debug")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LogsHoldNoPersonalDataTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ParticipationService participation;
    @Autowired
    SupportService support;
    @Autowired
    SummaryService summaries;
    @Autowired
    ContactService contacts;

    @Test
    void nothingAParentFillsInIsLogged(CapturedOutput output) {
        Meeting meeting = meetings.open("log-owner", "Logavond", List.of("buurt-starter"), "nl");
        Joined zwaan = participation.join(meeting.id(), "Zwaantje77");
        Joined reiger = participation.join(meeting.id(), "Reiger88");
        DrawnCard card = meetings.drawNext(meeting.id(), "log-owner", null);
        participation.answer(zwaan.token(), card.id(), "GeheimAntwoordXYZ", true);
        support.add(meeting.id(), zwaan.token(), new SupportDraft(Direction.OFFER, null, Topic.OTHER, "EigenOnderwerpQ", Set.of(), null, "NotitieKLM"));
        support.add(meeting.id(), reiger.token(), new SupportDraft(Direction.REQUEST, null, Topic.OTHER, "EigenOnderwerpQ", Set.of(), null, null));
        summaries.summary(meeting.id());
        contacts.share(meeting.id(), zwaan.token(), reiger.participant().id(), "06 31415926");
        participation.forget(meeting.id(), zwaan.token());

        assertThat(output.getAll()).doesNotContain("Zwaantje77", "Reiger88", "GeheimAntwoordXYZ", "EigenOnderwerpQ", "NotitieKLM",
                "06 31415926", zwaan.token(), reiger.token());
    }
}
