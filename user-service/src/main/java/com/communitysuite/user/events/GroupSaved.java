package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** An mp group was created or changed; {@code type} is SIG, MSG or Pro. */
@EventType("group.saved")
public record GroupSaved(long groupId, String name, String type, String etherpad) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(groupId);
    }
}
