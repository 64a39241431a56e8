package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user asked to be told when the scheduled event starts (POST /event/{id}/notify). */
@EventType("event.subscribed")
public record EventSubscribed(String eventId, String name, long eventTime, long accountId, String uid)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return eventId;
    }

    @Override
    public String actorId() {
        return uid;
    }
}
