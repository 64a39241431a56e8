package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A user became or stopped being a manager of a club: the resulting state. {@code owner} says whether the user is the
 * club's owner, who is a manager by being the owner (at the club's creation or a transfer) rather than by a grant.
 */
@EventType("club.manager-changed")
public record ClubManagerChanged(String clubId, long organizationId, String name, long accountId, boolean manager,
        boolean owner, Long actorAccountId, @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return clubId;
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
