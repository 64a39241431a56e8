package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A campus block was deleted; its organizations were deleted before it, each with its own {@link ClubDeleted}. */
@EventType("block.deleted")
public record BlockDeleted(long blockId, String name, @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(blockId);
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
