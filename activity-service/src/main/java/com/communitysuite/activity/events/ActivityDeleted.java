package com.communitysuite.activity.events;

import java.util.List;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** An activity or draft was deleted; carries the participants to tell. */
@EventType("activity.deleted")
public record ActivityDeleted(long activityId, String title, long ownerAccountId,
        List<Long> participantAccountIds, long version, @JsonIgnore String actorAccountId)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(activityId);
    }

    @Override
    public String actorId() {
        return actorAccountId;
    }
}
