package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A profile was initialised or changed: what other services show of the user. */
@EventType("user.profile-changed")
public record UserProfileChanged(long accountId, String uid, String nickname, String avatar, String bio,
        boolean initialised) implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return uid;
    }
}
