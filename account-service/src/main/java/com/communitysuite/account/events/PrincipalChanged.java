package com.communitysuite.account.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/**
 * What the principal look-up answers for the account changed (its levels, from user-service): the gateway drops the
 * principal it cached, so the next request's identity carries the new roles and levels.
 */
@EventType("account.principal-changed")
public record PrincipalChanged(long accountId, String uid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }
}
