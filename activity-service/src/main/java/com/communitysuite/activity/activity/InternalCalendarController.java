package com.communitysuite.activity.activity;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * For meeting-service's calendar ({@code /mp/meeting_activity_date/} and {@code /mp/meeting_activity_data/}): one
 * batched call per request, a service's or a user's identity (no route leads here; anonymous callers are refused).
 */
@RestController
class InternalCalendarController {

    private final ActivityCalendar calendar;

    InternalCalendarController(ActivityCalendar calendar) {
        this.calendar = calendar;
    }

    /** An activity as the calendar shows it (mp section 四 2, activity entries). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CalendarActivity(long id, String title, LocalDate startDate, LocalDate endDate, Integer activityType,
            Integer activityCategory, String address, String detailAddress, String longitude, String latitude,
            int registerMethod, String onlineUrl, String registerUrl, String synopsis, String signUrl,
            String replayUrl, Integer poster, String wxCode, String schedules) {

        static CalendarActivity of(Activity a) {
            return new CalendarActivity(a.id(), a.title(), a.startDate(), a.endDate(), a.activityType(),
                    a.category(), a.address(), a.detailAddress(), MpActivityView.coordinate(a.longitude()),
                    MpActivityView.coordinate(a.latitude()), MpActivityView.REGISTER_BY_LINK, a.onlineUrl(),
                    a.registerUrl(), a.synopsis(), a.signUrl(), a.replayUrl(), a.poster(), a.wxCode(),
                    a.schedules());
        }
    }

    @GetMapping("/internal/activities/calendar")
    List<CalendarActivity> activities(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return calendar.overlapping(from, to).stream().map(CalendarActivity::of).toList();
    }

    @GetMapping("/internal/activities/calendar/dates")
    List<LocalDate> dates(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return calendar.days(from, to);
    }
}
