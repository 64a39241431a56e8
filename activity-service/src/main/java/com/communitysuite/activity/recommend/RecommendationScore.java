package com.communitysuite.activity.recommend;

/**
 * How well an activity suits a user, the original recommender's formula: 4 for each of the user's joins in the
 * activity's category, 10 for each of the user's joins carrying one of its keywords (per keyword), and a little for
 * its heat: {@code 0.01 x ln(max(participants, 1)) x exp(average rating)}, the average of the ratings above 0
 * (0 when there are none).
 */
public final class RecommendationScore {

    static final double WEIGHT_CATEGORY = 4;
    static final double WEIGHT_KEYWORD = 10;
    static final double WEIGHT_HEAT = 0.01;

    private RecommendationScore() {
    }

    /**
     * @param categoryJoins the user's joins in the activity's category
     * @param keywordJoins  the sum over the activity's keywords of the user's joins carrying each
     * @param participants  the activity's participants
     * @param averageRating the average of its ratings above 0, or 0 when it has none
     */
    public static double of(int categoryJoins, int keywordJoins, int participants, double averageRating) {
        double heat = Math.log(Math.max(participants, 1)) * Math.exp(averageRating);
        return WEIGHT_CATEGORY * categoryJoins + WEIGHT_KEYWORD * keywordJoins + WEIGHT_HEAT * heat;
    }
}
