package com.communitysuite.meeting.calendar;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What {@code GET /mp/meeting_activity_data/} answers, for the document only: the day's entries are built as maps
 * ({@link CalendarEntry}) and the activities' relayed as activity-service's calendar answers them, so no type of this
 * service is serialised; these records say their fields.
 */
record CalendarDayShape(int code, String msg, Day data) {

    record Day(String date, @ArraySchema(schema = @Schema(oneOf = { MeetingEntry.class, ActivityEntry.class }))
            List<Object> timeData) {
    }

    /** A meeting: whole hours around it in {@code duration} and {@code duration_time}. */
    record MeetingEntry(long id, @JsonProperty("group_name") @Schema(nullable = true) String groupName,
            @JsonProperty("meeting_type") int meetingType, @Schema(nullable = true) String city,
            @Schema(nullable = true) String startTime, @Schema(nullable = true) String endTime, int duration,
            @JsonProperty("duration_time") String durationTime, @Schema(nullable = true) String name,
            @Schema(nullable = true) String creator, @Schema(nullable = true) String detail,
            @JsonProperty("join_url") @Schema(nullable = true) String joinUrl,
            @JsonProperty("meeting_id") @Schema(nullable = true) String meetingId,
            @Schema(nullable = true) String etherpad, @Schema(nullable = true) String platform,
            @JsonProperty("video_url") String videoUrl, @JsonProperty("replay_url") String replayUrl) {
    }

    /** A published mini-program activity taking place on the day. */
    record ActivityEntry(long id, String title, @JsonProperty("start_date") String startDate,
            @JsonProperty("end_date") String endDate,
            @JsonProperty("activity_type") @Schema(nullable = true) Integer activityType,
            @JsonProperty("activity_category") @Schema(nullable = true) Integer activityCategory,
            @Schema(nullable = true) String address,
            @JsonProperty("detail_address") @Schema(nullable = true) String detailAddress,
            @Schema(nullable = true) String longitude, @Schema(nullable = true) String latitude,
            @JsonProperty("register_method") int registerMethod,
            @JsonProperty("online_url") @Schema(nullable = true) String onlineUrl,
            @JsonProperty("register_url") @Schema(nullable = true) String registerUrl,
            @Schema(nullable = true) String synopsis, @JsonProperty("sign_url") @Schema(nullable = true) String signUrl,
            @JsonProperty("replay_url") @Schema(nullable = true) String replayUrl,
            @Schema(nullable = true) Integer poster, @JsonProperty("wx_code") @Schema(nullable = true) String wxCode,
            @Schema(nullable = true) String schedules) {
    }
}
