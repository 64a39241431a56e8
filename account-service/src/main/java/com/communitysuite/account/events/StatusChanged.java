package com.communitysuite.account.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/**
 * A super user froze, limited or restored the account.
 *
 * @param status         {@code NORMAL}, {@code LIMITED} or {@code FROZEN}
 * @param adminAccountId the super user who changed it: the envelope's actor, not part of the data
 */
@EventType("account.status-changed")
public record StatusChanged(long accountId, String uid, String status, @JsonIgnore long adminAccountId)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return Long.toString(adminAccountId);
    }
}
