package com.communitysuite.meeting.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import com.communitysuite.meeting.meeting.MeetingQueries;

/**
 * The community web site's calendar: meetings from here, activities from activity-service in one call per request.
 * Dates reach from 180 days back to 30 days ahead, as the original's.
 */
@Service
public class MeetingCalendar {

    static final int DAYS_BACK = 180;
    static final int DAYS_AHEAD = 30;

    /** What the calendar shows: all, meetings, activity, or summit (the original's, which has none). */
    public enum Kind {
        ALL, MEETINGS, ACTIVITY, SUMMIT;

        public static Optional<Kind> of(String text) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(text)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        boolean meetings() {
            return this == ALL || this == MEETINGS;
        }

        boolean activities() {
            return this == ALL || this == ACTIVITY;
        }
    }

    private final MeetingQueries meetings;
    private final ActivityCalendar activities;

    MeetingCalendar(MeetingQueries meetings, ActivityCalendar activities) {
        this.meetings = meetings;
        this.activities = activities;
    }

    /** The days with something to show, sorted, each once. */
    public List<String> dates(Kind kind) {
        LocalDate today = meetings.today();
        LocalDate from = today.minusDays(DAYS_BACK);
        LocalDate to = today.plusDays(DAYS_AHEAD);
        TreeSet<String> days = new TreeSet<>();
        if (kind.meetings()) {
            meetings.days(from, to).forEach(day -> days.add(day.toString()));
        }
        if (kind.activities()) {
            days.addAll(activities.dates(from.toString(), to.toString()));
        }
        return new ArrayList<>(days);
    }

    /** What is on the day: its meetings first, then its activities. */
    public List<Map<String, Object>> on(LocalDate date, Kind kind) {
        List<Map<String, Object>> entries = new ArrayList<>();
        if (kind.meetings()) {
            meetings.on(date).forEach(meeting -> entries.add(CalendarEntry.of(meeting)));
        }
        if (kind.activities()) {
            entries.addAll(activities.activities(date.toString(), date.toString()));
        }
        return entries;
    }
}
