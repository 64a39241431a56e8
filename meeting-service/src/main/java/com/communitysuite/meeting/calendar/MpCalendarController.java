package com.communitysuite.meeting.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.communitysuite.meeting.meeting.MeetingTexts;
import com.communitysuite.platform.domain.InvalidInputException;
import com.communitysuite.platform.web.mp.MpResponse;
import com.communitysuite.platform.web.mvc.MpApi;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** mp section 四 (官网活动): the public calendar of meetings and activities. */
@MpApi
public class MpCalendarController {

    private final MeetingCalendar calendar;

    MpCalendarController(MeetingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/mp/meeting_activity_date")
    MpResponse<List<String>> dates(@RequestParam(required = false) String type) {
        return MpResponse.ok(calendar.dates(kind(type)));
    }

    @GetMapping("/mp/meeting_activity_data")
    @ApiResponse(responseCode = "200", description = "the day's meetings, then its activities",
            content = @Content(schema = @Schema(implementation = CalendarDayShape.class)))
    MpResponse<Map<String, Object>> day(@RequestParam(required = false) String date,
            @RequestParam(required = false) String type) {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.trim());
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException("date", MeetingTexts.INVALID);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("date", day.toString());
        data.put("timeData", calendar.on(day, kind(type)));
        return MpResponse.ok(data);
    }

    private static MeetingCalendar.Kind kind(String type) {
        if (type == null || type.isBlank()) {
            return MeetingCalendar.Kind.ALL;
        }
        return MeetingCalendar.Kind.of(type).orElseThrow(() -> new InvalidInputException("type", MeetingTexts.INVALID));
    }
}
