package com.communitysuite.account.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** An account was created by a first sign-in on any surface; user-service makes its profile from it. */
@EventType("account.registered")
public record AccountRegistered(long accountId, String uid, String surface, String nickname) implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return uid;
    }
}
