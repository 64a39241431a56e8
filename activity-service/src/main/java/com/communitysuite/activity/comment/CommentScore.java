package com.communitysuite.activity.comment;

import java.math.BigDecimal;

/** A campus rating: 0 to 5 in halves, 0 meaning the comment rates nothing. */
public final class CommentScore {

    public static final String OUT_OF_RANGE = "评分应为 0 到 5 之间的整数或半数（0 表示不评分）。";

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private CommentScore() {
    }

    public static boolean valid(BigDecimal score) {
        return score.signum() >= 0 && score.compareTo(FIVE) <= 0 && score.multiply(TWO).stripTrailingZeros().scale() <= 0;
    }
}
