package nl.buurtkaarten.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the retention schedule deletes and when: a closed meeting and everything parents left in it,
 * once it has been closed longer than the retention days; an open meeting never. Each test runs the
 * schedule on a clock of its own, set relative to the moment the meeting was really closed.
 */
@SpringBootTest
@ActiveProfiles("test")
class RetentionTest {

    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    @Autowired
    MeetingService meetings;

    @Autowired
    ParticipationService participation;

    @Autowired
    ScheduledTaskHolder scheduledTasks;

    String owner;
    Meeting closed;
    Joined amina;
    Instant closedAt;

    @BeforeEach
    void aClosedMeetingWithAParent() {
        owner = "retention-" + UUID.randomUUID();
        closed = meetings.open(owner, "Oud", List.of("buurt-starter"), "nl");
        amina = participation.join(closed.id(), "Amina");
        meetings.close(closed.id(), owner);
        closedAt = meetings.find(closed.id()).orElseThrow().closedAt();
        assertThat(closedAt).isNotNull();
    }

    private void runScheduleAt(Instant now, int days) {
        new Retention(meetings, Clock.fixed(now, ZoneOffset.UTC), days).deleteExpired();
    }

    @Test
    void aMeetingClosedExactlyThirtyDaysAgoIsKeptAMomentLaterItIsGone() {
        runScheduleAt(closedAt.plus(THIRTY_DAYS).minusSeconds(1), 30);
        assertThat(meetings.find(closed.id()))
                .as("a second before the 30 days are over")
                .isPresent();
        runScheduleAt(closedAt.plus(THIRTY_DAYS), 30);
        assertThat(meetings.find(closed.id())).as("at 30 days to the moment").isPresent();

        runScheduleAt(closedAt.plus(THIRTY_DAYS).plusSeconds(1), 30);
        assertThat(meetings.find(closed.id())).as("a second after the 30 days").isEmpty();
    }

    @Test
    void deletingTheMeetingAlsoDeletesWhatItsParentsLeft() {
        assertThat(participation.recognise(closed.id(), amina.token())).isPresent();
        runScheduleAt(closedAt.plus(Duration.ofDays(31)), 30);
        assertThat(meetings.find(closed.id())).isEmpty();
        assertThat(participation.participants(closed.id())).isEmpty();
        assertThat(participation.recognise(closed.id(), amina.token()))
                .as("the parent's cookie no longer finds anything")
                .isEmpty();
    }

    @Test
    void anOpenMeetingIsNeverDeletedHoweverOld() {
        Meeting open = meetings.open(owner, "Loopt nog", List.of("buurt-starter"), "nl");
        participation.join(open.id(), "Joost");
        runScheduleAt(Instant.now().plus(Duration.ofDays(3650)), 30);
        assertThat(meetings.find(open.id())).isPresent();
        assertThat(participation.participants(open.id())).hasSize(1);
        assertThat(meetings.find(closed.id())).isEmpty();
    }

    @Test
    void aMeetingReopenedBeforeTheDeadlineIsKept() {
        meetings.reopen(closed.id(), owner);
        runScheduleAt(closedAt.plus(Duration.ofDays(60)), 30);
        assertThat(meetings.find(closed.id())).isPresent();
    }

    @Test
    void theNumberOfDaysComesFromTheSetting() {
        runScheduleAt(closedAt.plus(Duration.ofDays(7)).plusSeconds(1), 30);
        assertThat(meetings.find(closed.id())).as("a week is not 30 days").isPresent();
        runScheduleAt(closedAt.plus(Duration.ofDays(7)).plusSeconds(1), 7);
        assertThat(meetings.find(closed.id())).as("with 7 days set").isEmpty();
    }

    @Test
    void zeroDaysDeletesAMeetingAsSoonAsItIsClosedANegativeNumberCountsAsZero() {
        runScheduleAt(closedAt.plusSeconds(1), 0);
        assertThat(meetings.find(closed.id())).isEmpty();

        Meeting next = meetings.open(owner, "Nog een", List.of("buurt-starter"), "nl");
        meetings.close(next.id(), owner);
        Instant nextClosedAt = meetings.find(next.id()).orElseThrow().closedAt();
        // -5 must not mean "5 days into the future", which would delete meetings not yet closed that long.
        runScheduleAt(nextClosedAt.minusSeconds(1), -5);
        assertThat(meetings.find(next.id())).isPresent();
    }

    @Test
    void theScheduleRunsEveryHour() {
        assertThat(scheduledTasks.getScheduledTasks())
                .filteredOn(task ->
                        task.getTask().getRunnable().toString().equals(Retention.class.getName() + ".deleteExpired"))
                .singleElement()
                .satisfies(task -> assertThat(task.getTask())
                        .isInstanceOfSatisfying(
                                FixedDelayTask.class,
                                fixed -> assertThat(fixed.getIntervalDuration()).isEqualTo(Duration.ofHours(1))));
    }
}
