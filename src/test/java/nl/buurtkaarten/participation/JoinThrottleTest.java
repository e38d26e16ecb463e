package nl.buurtkaarten.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.buurtkaarten.base.UserFacingException;
import org.junit.jupiter.api.Test;

class JoinThrottleTest {

    Instant now = Instant.parse("2026-11-24T19:00:00Z");
    Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void tenWrongCodesInTenMinutesMakeAClientWaitAndOthersAreNotAffected() {
        JoinThrottle throttle = new JoinThrottle(clock, 10, 10, event -> {});
        for (int i = 0; i < 9; i++) {
            throttle.failed("10.0.0.5");
        }
        assertThatCode(() -> throttle.check("10.0.0.5")).doesNotThrowAnyException();
        throttle.failed("10.0.0.5");
        assertThatThrownBy(() -> throttle.check("10.0.0.5"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("join.error.too-many-attempts");
        assertThatCode(() -> throttle.check("10.0.0.6")).doesNotThrowAnyException();

        now = now.plus(Duration.ofMinutes(11));
        assertThatCode(() -> throttle.check("10.0.0.5")).doesNotThrowAnyException();
    }

    @Test
    void manyDistinctClientsKeepTheMemoryBounded() {
        JoinThrottle throttle = new JoinThrottle(clock, 10, 10, event -> {});
        for (int i = 0; i < 30_000; i++) {
            throttle.failed("client-" + i + "-" + "x".repeat(1_000));
        }
        assertThat(throttle.clients()).isLessThanOrEqualTo(10_000);

        now = now.plus(Duration.ofMinutes(11));
        assertThat(throttle.clients())
                .as("clients whose window has passed are forgotten")
                .isZero();
    }
}
