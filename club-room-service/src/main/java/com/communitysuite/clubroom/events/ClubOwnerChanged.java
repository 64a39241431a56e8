package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** Ownership of a club passed to another user (who is now a member and a manager too). */
@EventType("club.owner-changed")
public record ClubOwnerChanged(String clubId, long organizationId, String name, long previousOwnerAccountId,
        long ownerAccountId, String ownerUid, @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return clubId;
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
