package com.communitysuite.activity.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mini-program activity's content after {@link MpActivityRules} accepted it.
 *
 * @param schedules the days of sessions as JSON text, stored as the client sent them
 */
public record MpActivityContent(String title, LocalDate startDate, LocalDate endDate, int category, int activityType,
        String address, String detailAddress, BigDecimal longitude, BigDecimal latitude, String registerUrl,
        String onlineUrl, String synopsis, int poster, String schedules) {
}
