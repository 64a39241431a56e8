package com.communitysuite.meeting.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user removed a meeting from their collection. */
@EventType("meeting.uncollected")
public record MeetingUncollected(long meetingId, long accountId, long collectionId, boolean collected)
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
