package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/**
 * The user's mp levels after a change, with a version that grows with every change, so a consumer keeps the newest.
 * {@code sponsor} is activity level 2.
 */
@EventType("user.levels-changed")
public record UserLevelsChanged(long accountId, String uid, int level, int activityLevel, boolean sponsor,
        long version) implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }
}
