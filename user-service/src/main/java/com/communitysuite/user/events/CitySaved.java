package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** An mp city was created or changed. */
@EventType("city.saved")
public record CitySaved(long cityId, String name, String etherpad) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(cityId);
    }
}
