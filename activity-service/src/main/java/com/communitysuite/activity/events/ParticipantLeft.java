package com.communitysuite.activity.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/**
 * A user left, or was removed by the owner or a manager ({@code removedByAccountId}), from an activity;
 * {@code joinedTotal} is the count after.
 */
@EventType("participant.left")
public record ParticipantLeft(long activityId, String title, long accountId, long removedByAccountId, int joinedTotal)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(activityId);
    }

    @Override
    public String actorId() {
        return Long.toString(removedByAccountId);
    }
}
