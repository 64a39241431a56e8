package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A club was deleted, with its memberships and manager roles: consumers drop everything they hold of it. */
@EventType("club.deleted")
public record ClubDeleted(String clubId, long organizationId, String name, @JsonIgnore String actorUid)
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
