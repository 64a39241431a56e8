package com.communitysuite.clubroom.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class EventWindowTest {

    private static final Instant TIME = Instant.parse("2026-05-11T16:00:00Z");

    @Test
    void beforeUntilHalfAnHourAheadWithinHalfAnHourEitherSideAfterThat() {
        assertThat(EventWindow.of(TIME, TIME.minus(Duration.ofHours(1)))).isEqualTo(EventWindow.BEFORE);
        assertThat(EventWindow.of(TIME, TIME.minus(Duration.ofMinutes(30)))).isEqualTo(EventWindow.BEFORE);
        assertThat(EventWindow.of(TIME, TIME.minus(Duration.ofMinutes(30)).plusMillis(1)))
                .isEqualTo(EventWindow.WITHIN);
        assertThat(EventWindow.of(TIME, TIME)).isEqualTo(EventWindow.WITHIN);
        assertThat(EventWindow.of(TIME, TIME.plus(Duration.ofMinutes(30)))).isEqualTo(EventWindow.WITHIN);
        assertThat(EventWindow.of(TIME, TIME.plus(Duration.ofMinutes(30)).plusMillis(1)))
                .isEqualTo(EventWindow.AFTER);
        assertThat(EventWindow.AFTER.code()).isEqualTo(2);
    }
}
