package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A card no longer stands: its receiver removed it from their card holder. */
@EventType("card.withdrawn")
public record CardWithdrawn(long fromAccountId, String fromUid, long toAccountId, String toUid)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return toUid;
    }

    @Override
    public String actorId() {
        return toUid;
    }
}
