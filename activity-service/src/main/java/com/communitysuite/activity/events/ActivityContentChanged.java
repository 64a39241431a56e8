package com.communitysuite.activity.events;

import java.util.List;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A published campus activity's content changed: its participants are told. */
@EventType("activity.content-changed")
public record ActivityContentChanged(long activityId, String title, List<Long> participantAccountIds,
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
