package com.communitysuite.activity.activity;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One published activity ({@code /activity/<pk>/}): the list shape with its mini-program code and sign-in link. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MpActivityDetailView(long id, @Schema(nullable = true) Long collectionId, String title,
        LocalDate startDate, LocalDate endDate, @Schema(nullable = true) Integer activityType,
        @Schema(nullable = true) Integer activityCategory, int registerMethod, String registerUrl,
        @Schema(nullable = true) String onlineUrl, @Schema(nullable = true) String synopsis,
        @Schema(nullable = true) String address, @Schema(nullable = true) String detailAddress,
        @Schema(nullable = true) String longitude, @Schema(nullable = true) String latitude, String schedules,
        @Schema(nullable = true) Integer poster, int status, long user, @Schema(nullable = true) String replayUrl,
        @Schema(nullable = true) String wxCode, @Schema(nullable = true) String signUrl) {

    public static MpActivityDetailView of(Activity activity, Long collectionId, LocalDate today) {
        MpActivityView view = MpActivityView.of(activity, collectionId, today);
        return new MpActivityDetailView(view.id(), view.collectionId(), view.title(), view.startDate(),
                view.endDate(), view.activityType(), view.activityCategory(), view.registerMethod(),
                view.registerUrl(), view.onlineUrl(), view.synopsis(), view.address(), view.detailAddress(),
                view.longitude(), view.latitude(), view.schedules(), view.poster(), view.status(), view.user(),
                view.replayUrl(), activity.wxCode(), activity.signUrl());
    }
}
