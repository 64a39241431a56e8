package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A user joined or left a club, i.e. followed or unfollowed the organization: the resulting membership. */
@EventType("club.membership-changed")
public record ClubMembershipChanged(String clubId, long organizationId, long accountId, String uid, boolean member,
        @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return clubId;
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
