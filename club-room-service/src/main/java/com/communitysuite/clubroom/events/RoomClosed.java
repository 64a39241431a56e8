package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A room was closed by a host, or closed itself when its last host left with no speaker to take over. */
@EventType("room.closed")
public record RoomClosed(String roomId, String roomName, @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return roomId;
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
