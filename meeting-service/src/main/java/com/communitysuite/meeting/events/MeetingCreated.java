package com.communitysuite.meeting.events;

import java.time.Instant;
import java.util.List;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/**
 * A meeting was booked on its platform: what the invitation e-mail (iCalendar REQUEST), the reminder 10 minutes
 * before the start and the counters need. {@code date}, {@code start} and {@code end} are the community's local
 * time as the mini-program shows it; {@code startsAt} and {@code endsAt} the same moments as instants.
 */
@EventType("meeting.created")
public record MeetingCreated(long meetingId, String topic, String sponsor, long creatorAccountId, String groupName,
        int meetingType, String city, String date, String start, String end, Instant startsAt, Instant endsAt,
        String platform, String meetingCode, String joinUrl, String agenda, String etherpad, List<String> emails,
        String record) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(meetingId);
    }

    @Override
    public String actorId() {
        return Long.toString(creatorAccountId);
    }
}
