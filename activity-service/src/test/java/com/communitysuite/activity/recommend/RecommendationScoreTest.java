package com.communitysuite.activity.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecommendationScoreTest {

    @Test
    void weighsCategoryJoinsKeywordJoinsAndHeat() {
        assertThat(RecommendationScore.of(2, 3, 0, 0)).isEqualTo(38.0);
        assertThat(RecommendationScore.of(0, 0, 1, 4.5)).isZero();
        assertThat(RecommendationScore.of(0, 0, 3, 4)).isCloseTo(0.01 * Math.log(3) * Math.exp(4), within(1e-12));
        assertThat(RecommendationScore.of(1, 0, 100, 0)).isCloseTo(4 + 0.01 * Math.log(100), within(1e-12));
    }
}
