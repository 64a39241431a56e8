package com.communitysuite.activity.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CommentScoreTest {

    @Test
    void scoresGoFromZeroToFiveInHalves() {
        for (String valid : new String[] { "0", "0.5", "1", "4.5", "5", "5.0" }) {
            assertThat(CommentScore.valid(new BigDecimal(valid))).as(valid).isTrue();
        }
        for (String invalid : new String[] { "-0.5", "5.5", "4.3", "0.25", "10" }) {
            assertThat(CommentScore.valid(new BigDecimal(invalid))).as(invalid).isFalse();
        }
    }
}
