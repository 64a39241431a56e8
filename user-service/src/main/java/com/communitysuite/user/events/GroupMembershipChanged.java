package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user joined ({@code member} true) or left an mp group; {@code groupType} is SIG, MSG or Pro. */
@EventType("group.membership-changed")
public record GroupMembershipChanged(long groupId, String groupName, String groupType, long accountId,
        boolean member) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(groupId);
    }
}
