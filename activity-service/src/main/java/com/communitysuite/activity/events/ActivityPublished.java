package com.communitysuite.activity.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** It went live without review (request codes, campus). */
@EventType("activity.published")
public record ActivityPublished(long activityId, String title, long ownerAccountId, String status, long version,
        @JsonIgnore String actorAccountId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(activityId);
    }

    @Override
    public String actorId() {
        return actorAccountId;
    }
}
