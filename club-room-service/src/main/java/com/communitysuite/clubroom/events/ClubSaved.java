package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A club (= campus organization) was created or changed: its whole state, with a version that grows each time. */
@EventType("club.saved")
public record ClubSaved(String clubId, long organizationId, String name, String cover, Long blockId,
        long ownerAccountId, String ownerUid, int memberTotal, long version, @JsonIgnore String actorUid)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return clubId;
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
