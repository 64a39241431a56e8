package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A campus super user deleted the user: their profile and personal data in user-service are gone. */
@EventType("user.deleted")
public record UserDeleted(long accountId, String uid, String deletedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return deletedBy;
    }
}
