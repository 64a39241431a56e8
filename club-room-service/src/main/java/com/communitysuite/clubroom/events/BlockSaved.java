package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A campus block was created or renamed. */
@EventType("block.saved")
public record BlockSaved(long blockId, String name, @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(blockId);
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
