package com.communitysuite.meeting.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user collected a meeting (they get its start reminder). */
@EventType("meeting.collected")
public record MeetingCollected(long meetingId, long accountId, long collectionId, boolean collected)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(meetingId);
    }

    @Override
    public String actorId() {
        return Long.toString(accountId);
    }
}
