package com.communitysuite.activity.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user removed an activity from their collection. */
@EventType("activity.uncollected")
public record ActivityUncollected(long activityId, long accountId, long collectionId, boolean collected)
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
