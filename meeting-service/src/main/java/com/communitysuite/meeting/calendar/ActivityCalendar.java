package com.communitysuite.meeting.calendar;

import java.util.List;
import java.util.Map;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * activity-service's published activities for the calendar, one batched call per calendar request behind a circuit
 * breaker; when activity-service cannot answer, the calendar shows meetings only ({@link ActivityCalendarFallback}).
 * Activities are passed on as activity-service shapes them (mp section 四 2's activity entries).
 */
@FeignClient(name = "activity-service", contextId = "activityCalendar", path = "/internal/activities/calendar",
        fallbackFactory = ActivityCalendarFallback.class)
public interface ActivityCalendar {

    /** The activities on any day of {@code [from, to]} ({@code YYYY-MM-DD}). */
    @GetMapping
    List<Map<String, Object>> activities(@RequestParam("from") String from, @RequestParam("to") String to);

    /** The days of {@code [from, to]} with an activity on them, as {@code YYYY-MM-DD}. */
    @GetMapping("/dates")
    List<String> dates(@RequestParam("from") String from, @RequestParam("to") String to);
}
