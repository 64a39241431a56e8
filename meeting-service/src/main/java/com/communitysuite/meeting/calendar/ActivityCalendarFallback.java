package com.communitysuite.meeting.calendar;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/** When activity-service cannot answer (or its breaker is open), the calendar has no activities. */
@Component
class ActivityCalendarFallback implements FallbackFactory<ActivityCalendar> {

    private static final Log log = LogFactory.getLog(ActivityCalendarFallback.class);

    @Override
    public ActivityCalendar create(Throwable cause) {
        return new ActivityCalendar() {
            @Override
            public List<Map<String, Object>> activities(String from, String to) {
                log.warn("activity-service gave no calendar activities: " + cause.getClass().getSimpleName());
                return List.of();
            }

            @Override
            public List<String> dates(String from, String to) {
                log.warn("activity-service gave no calendar dates: " + cause.getClass().getSimpleName());
                return List.of();
            }
        };
    }
}
