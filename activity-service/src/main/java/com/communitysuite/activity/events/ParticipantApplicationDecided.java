package com.communitysuite.activity.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** The owner or a manager approved or rejected a pending application to a reviewed activity. */
@EventType("participant.application-decided")
public record ParticipantApplicationDecided(long activityId, String title, long accountId, boolean approved,
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
