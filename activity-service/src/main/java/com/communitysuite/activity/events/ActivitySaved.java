package com.communitysuite.activity.events;

import java.time.Instant;
import java.time.LocalDate;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An activity of any surface was created or changed: its whole state after the change. Consumers keep the highest
 * {@code version} and so converge after redelivered or reordered events.
 */
@EventType("activity.saved")
public record ActivitySaved(long activityId, String surface, String title, long ownerAccountId, String status,
        Integer category, Integer activityType, LocalDate startDate, LocalDate endDate, Instant startAt,
        Instant endAt, Long organizationId, Long blockId, Integer capacity, long version,
        @JsonIgnore String actorAccountId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(activityId);
    }

    @Override
    public String actorId() {
        return actorAccountId;
    }
}
