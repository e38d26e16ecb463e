package nl.buurtkaarten.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.PartOfDay;
import nl.buurtkaarten.support.Slot;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportService;
import nl.buurtkaarten.support.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** 200 parents with 5 offers and 5 requests each: the whole summary, as the projector asks for it. */
@SpringBootTest
@ActiveProfiles("test")
class SummaryLoadTest {

    @Autowired
    SummaryFixture given;

    @Autowired
    SupportService support;

    @Autowired
    SummaryService summaries;

    @Test
    void twoHundredParentsGetACompleteSummary() {
        Meeting meeting = given.evening("load-owner", "Grote avond");
        List<String> areas = List.of("De Linde", "Oranjebuurt", "Kerkstraat", "Het Plein");
        support.setAreas(meeting.id(), "load-owner", areas);
        Random random = new Random(42);
        List<Joined> parents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            parents.add(given.join(meeting, "Ouder " + i));
        }
        for (Joined parent : parents) {
            for (Direction direction : Direction.values()) {
                for (int k = 0; k < 5; k++) {
                    Topic topic = Topic.values()[random.nextInt(Topic.values().length - 1)];
                    Set<Slot> when = random.nextBoolean()
                            ? Set.of()
                            : Set.of(new Slot(
                                    DayOfWeek.of(1 + random.nextInt(7)), PartOfDay.values()[random.nextInt(3)]));
                    String area = random.nextInt(3) == 0 ? null : areas.get(random.nextInt(areas.size()));
                    given.add(parent, new SupportDraft(direction, null, topic, null, when, area, null));
                }
            }
        }
        summaries.summary(meeting.id());
        long started = System.nanoTime();
        MeetingSummary summary = summaries.summary(meeting.id());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "[measured] summary for 200 parents x 5 offers and 5 requests, read from the database and matched: %d ms; %d pairs, %d open requests%n",
                millis, summary.matches().size(), summary.openRequests().size());
        String svg = NetworkPicture.svg(summary, "Netwerk");

        assertThat(summary.participants()).hasSize(200);
        assertThat(summary.offers()).isEqualTo(1000);
        assertThat(summary.matches().size() + summary.openRequests().size()).isEqualTo(1000);
        assertThat(summary.matches())
                .allSatisfy(match -> assertThat(match.helper().id())
                        .isNotEqualTo(match.receiver().id()));
        assertThat(svg).contains("Ouder 199");
    }
}
