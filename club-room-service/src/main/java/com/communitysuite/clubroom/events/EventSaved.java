package com.communitysuite.clubroom.events;

import java.util.List;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A scheduled event was created ({@code version} 1: its guests are told) or changed; carries its state.
 *
 * @param eventTime        epoch milliseconds
 * @param memberAccountIds the hosts and guests this service knows the accounts of
 */
@EventType("event.saved")
public record EventSaved(String eventId, String name, long eventTime, long creatorAccountId,
        List<Long> memberAccountIds, long version, @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return eventId;
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
