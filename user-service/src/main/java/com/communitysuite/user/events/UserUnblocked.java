package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user lifted a block. */
@EventType("user.unblocked")
public record UserUnblocked(long accountId, String uid, long blockedAccountId, String blockedUid)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return uid;
    }
}
