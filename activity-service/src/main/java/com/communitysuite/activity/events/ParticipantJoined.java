package com.communitysuite.activity.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user joined an activity; joinedTotal is the count after the join. */
@EventType("participant.joined")
public record ParticipantJoined(long activityId, String title, long accountId, long ownerAccountId, int joinedTotal)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(activityId);
    }

    @Override
    public String actorId() {
        return Long.toString(accountId);
    }
}
