package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user joined ({@code member} true) or left an mp city group. */
@EventType("city.membership-changed")
public record CityMembershipChanged(long cityId, String cityName, long accountId, boolean member)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(cityId);
    }
}
