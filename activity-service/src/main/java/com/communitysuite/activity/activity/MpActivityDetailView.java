package com.communitysuite.activity.activity;

import java.time.LocalDate;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One published activity ({@code /activity/<pk>/}): the list shape with its mini-program code and sign-in link. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MpActivityDetailView(long id, Long collectionId, String title, LocalDate startDate, LocalDate endDate,
        Integer activityType, Integer activityCategory, int registerMethod, String registerUrl, String onlineUrl,
        String synopsis, String address, String detailAddress, String longitude, String latitude, String schedules,
        Integer poster, int status, long user, String replayUrl, String wxCode, String signUrl) {

    public static MpActivityDetailView of(Activity activity, Long collectionId, LocalDate today) {
        MpActivityView view = MpActivityView.of(activity, collectionId, today);
        return new MpActivityDetailView(view.id(), view.collectionId(), view.title(), view.startDate(),
                view.endDate(), view.activityType(), view.activityCategory(), view.registerMethod(),
                view.registerUrl(), view.onlineUrl(), view.synopsis(), view.address(), view.detailAddress(),
                view.longitude(), view.latitude(), view.schedules(), view.poster(), view.status(), view.user(),
                view.replayUrl(), activity.wxCode(), activity.signUrl());
    }
}
