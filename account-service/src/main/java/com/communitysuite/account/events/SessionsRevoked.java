package com.communitysuite.account.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** Every app session of the account ended (a new sign-in, logout, freeze). */
@EventType("account.sessions-revoked")
public record SessionsRevoked(long accountId, String uid, String surface, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return uid;
    }
}
