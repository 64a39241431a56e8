package com.communitysuite.account.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** The account was deleted by its user: every service erases or anonymises the user's data. */
@EventType("account.logged-off")
public record LoggedOff(long accountId, String uid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return uid;
    }
}
