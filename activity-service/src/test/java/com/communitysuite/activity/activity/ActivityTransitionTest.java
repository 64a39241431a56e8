package com.communitysuite.activity.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.domain.ConflictException;

/** Every transition from every status: the allowed ones reach their target, all others are refused. */
class ActivityTransitionTest {

    private static final Map<ActivityStatus, Map<ActivityTransition, ActivityStatus>> ALLOWED = Map.of(
            ActivityStatus.DRAFT, Map.of(ActivityTransition.SUBMIT, ActivityStatus.WAITING,
                    ActivityTransition.PUBLISH_WITHOUT_REVIEW, ActivityStatus.PUBLISHED),
            ActivityStatus.WAITING, Map.of(ActivityTransition.APPROVE, ActivityStatus.PUBLISHED,
                    ActivityTransition.DENY, ActivityStatus.DRAFT),
            ActivityStatus.PUBLISHED, Map.of(ActivityTransition.TAKE_DOWN, ActivityStatus.TAKEN_DOWN),
            ActivityStatus.TAKEN_DOWN, Map.of());

    @Test
    void theAllowedTransitionsReachTheirTargets() {
        ALLOWED.forEach((from, transitions) -> transitions.forEach((transition, to) -> {
            assertThat(transition.allowedFrom(from)).as("%s from %s", transition, from).isTrue();
            assertThat(transition.from(from)).as("%s from %s", transition, from).isEqualTo(to);
        }));
    }

    @Test
    void everyOtherTransitionIsRefusedWithTheOriginalsText() {
        int refused = 0;
        for (ActivityStatus from : ActivityStatus.values()) {
            Set<ActivityTransition> allowed = ALLOWED.get(from).keySet();
            for (ActivityTransition transition : ActivityTransition.values()) {
                if (allowed.contains(transition)) {
                    continue;
                }
                refused++;
                assertThat(transition.allowedFrom(from)).as("%s from %s", transition, from).isFalse();
                assertThatThrownBy(() -> transition.from(from)).as("%s from %s", transition, from)
                        .isInstanceOf(ConflictException.class)
                        .hasMessage("信息发生变化，请刷新后重试")
                        .extracting(e -> ((ConflictException) e).reason()).isEqualTo("activity.transition-refused");
            }
        }
        assertThat(refused).isEqualTo(4 * 5 - 5);
    }

    @Test
    void aTakenDownActivityNeverComesBack() {
        for (ActivityTransition transition : ActivityTransition.values()) {
            assertThat(transition.allowedFrom(ActivityStatus.TAKEN_DOWN)).isFalse();
        }
    }
}
