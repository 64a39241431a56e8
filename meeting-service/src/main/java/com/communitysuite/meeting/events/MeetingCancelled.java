package com.communitysuite.meeting.events;

import java.time.Instant;
import java.util.List;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/**
 * A meeting was cancelled: the invitees to send the iCalendar CANCEL and the collectors to tell through WeChat
 * (their collections end with the meeting).
 */
@EventType("meeting.cancelled")
public record MeetingCancelled(long meetingId, String topic, long creatorAccountId, String date, String start,
        String end, Instant startsAt, Instant endsAt, String platform, String meetingCode, List<String> emails,
        List<Long> collectorAccountIds, long cancelledByAccountId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(meetingId);
    }

    @Override
    public String actorId() {
        return Long.toString(cancelledByAccountId);
    }
}
