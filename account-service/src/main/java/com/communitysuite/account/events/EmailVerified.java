package com.communitysuite.account.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/**
 * The campus user proved they own an e-mail address.
 *
 * @param uid the account's uid: the event's key and actor, not part of the data
 */
@EventType("account.email-verified")
public record EmailVerified(long accountId, String email, @JsonIgnore String uid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return uid;
    }
}
