package com.communitysuite.activity.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An activity in the mini-program's list shape. {@code status} is the original's number: 1 draft, 2 waiting for
 * review, 3 published and not started, 4 on one of its days, 5 over. {@code register_method} is always 2 (a link),
 * as the original wrote it. Coordinates are decimal strings with five places, as the original's Decimal(8,5).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MpActivityView(long id, @Schema(nullable = true) Long collectionId, String title, LocalDate startDate,
        LocalDate endDate, @Schema(nullable = true) Integer activityType,
        @Schema(nullable = true) Integer activityCategory, int registerMethod, String registerUrl,
        @Schema(nullable = true) String onlineUrl, @Schema(nullable = true) String synopsis,
        @Schema(nullable = true) String address, @Schema(nullable = true) String detailAddress,
        @Schema(nullable = true) String longitude, @Schema(nullable = true) String latitude, String schedules,
        @Schema(nullable = true) Integer poster, int status, long user, @Schema(nullable = true) String replayUrl) {

    static final int REGISTER_BY_LINK = 2;

    public static MpActivityView of(Activity activity, Long collectionId, LocalDate today) {
        return new MpActivityView(activity.id(), collectionId, activity.title(), activity.startDate(),
                activity.endDate(), activity.activityType(), activity.category(), REGISTER_BY_LINK,
                activity.registerUrl(), activity.onlineUrl(), activity.synopsis(), activity.address(),
                activity.detailAddress(), coordinate(activity.longitude()), coordinate(activity.latitude()),
                activity.schedules(), activity.poster(), mpStatus(activity, today), activity.ownerAccountId(),
                activity.replayUrl());
    }

    /** The original's status number of the activity on that day. */
    public static int mpStatus(Activity activity, LocalDate today) {
        return switch (activity.status()) {
            case DRAFT -> 1;
            case WAITING -> 2;
            case PUBLISHED, TAKEN_DOWN -> activity.phaseOn(today).mpStatus();
        };
    }

    static String coordinate(BigDecimal value) {
        return value == null ? null : value.setScale(5, RoundingMode.HALF_UP).toPlainString();
    }
}
