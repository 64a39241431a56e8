package com.communitysuite.activity.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ActivityPhaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @Test
    void beforeItsFirstDayItIsUpcomingAndRegistering() {
        ActivityPhase phase = ActivityPhase.of(TODAY.plusDays(1), TODAY.plusDays(2), TODAY);
        assertThat(phase).isEqualTo(ActivityPhase.UPCOMING);
        assertThat(phase.mpStatus()).isEqualTo(3);
        assertThat(phase.registering()).isTrue();
    }

    @Test
    void onItsFirstAndLastDayItIsGoingAndStillRegistering() {
        assertThat(ActivityPhase.of(TODAY, TODAY.plusDays(3), TODAY)).isEqualTo(ActivityPhase.GOING);
        assertThat(ActivityPhase.of(TODAY.minusDays(3), TODAY, TODAY)).isEqualTo(ActivityPhase.GOING);
        assertThat(ActivityPhase.of(TODAY, TODAY, TODAY).mpStatus()).isEqualTo(4);
        assertThat(ActivityPhase.GOING.registering()).isTrue();
    }

    @Test
    void afterItsLastDayItIsCompleted() {
        ActivityPhase phase = ActivityPhase.of(TODAY.minusDays(3), TODAY.minusDays(1), TODAY);
        assertThat(phase).isEqualTo(ActivityPhase.COMPLETED);
        assertThat(phase.mpStatus()).isEqualTo(5);
        assertThat(phase.registering()).isFalse();
    }
}
