package com.communitysuite.meeting.calendar;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.communitysuite.meeting.meeting.Meeting;

/**
 * A meeting as the community web site's calendar shows it (mp section 四 2, the original's
 * {@code MeetingActivityDataView}): whole hours around it in {@code duration} and {@code duration_time}.
 */
final class CalendarEntry {

    private CalendarEntry() {
    }

    static Map<String, Object> of(Meeting m) {
        LocalTime start = m.startTime();
        LocalTime end = m.endTime();
        int fromHour = start.getHour();
        int toHour = end.getMinute() > 0 ? end.getHour() + 1 : end.getHour();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", m.id());
        entry.put("group_name", m.groupName());
        entry.put("meeting_type", m.meetingType());
        entry.put("city", m.city());
        entry.put("startTime", m.start());
        entry.put("endTime", m.end());
        entry.put("duration", toHour - fromHour);
        entry.put("duration_time", fromHour + ":00-" + toHour + ":00");
        entry.put("name", m.topic());
        entry.put("creator", m.sponsor());
        entry.put("detail", m.agenda());
        entry.put("join_url", m.joinUrl());
        entry.put("meeting_id", m.mid());
        entry.put("etherpad", m.etherpad());
        entry.put("platform", m.platform());
        String replay = m.replayUrl() == null ? "" : m.replayUrl();
        entry.put("video_url", replay);
        entry.put("replay_url", replay);
        return entry;
    }
}
