package com.communitysuite.clubroom.events;

import java.util.List;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A member started the scheduled event: its public room is open; its subscribers are to be told. */
@EventType("event.started")
public record EventStarted(String eventId, String name, String roomId, long starterAccountId,
        List<Long> subscriberAccountIds, @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return eventId;
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
