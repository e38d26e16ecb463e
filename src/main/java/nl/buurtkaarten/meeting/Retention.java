package nl.buurtkaarten.meeting;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the personal data of meetings a set number of days after they closed (default 30):
 * at start-up and then every hour.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final MeetingService meetings;
    private final Clock clock;
    private final Duration keep;

    Retention(MeetingService meetings, Clock clock, @Value("${buurtkaarten.retention-days:30}") int days) {
        this.meetings = meetings;
        this.clock = clock;
        this.keep = Duration.ofDays(Math.max(0, days));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void deleteExpired() {
        int deleted = meetings.deleteClosedBefore(clock.instant().minus(keep));
        if (deleted > 0) {
            log.info("Deleted {} meetings that closed more than {} days ago", deleted, keep.toDays());
        }
    }
}
