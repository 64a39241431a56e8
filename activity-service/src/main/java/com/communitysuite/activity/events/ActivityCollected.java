package com.communitysuite.activity.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user collected an activity (mp). */
@EventType("activity.collected")
public record ActivityCollected(long activityId, long accountId, long collectionId, boolean collected)
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
