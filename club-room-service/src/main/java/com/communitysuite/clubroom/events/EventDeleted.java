package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A scheduled event was deleted by its creator. */
@EventType("event.deleted")
public record EventDeleted(String eventId, String name, @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return eventId;
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
