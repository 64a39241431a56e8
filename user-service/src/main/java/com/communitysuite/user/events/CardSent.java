package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user sent their card to another, who may now invite the sender to rooms; not sent while the receiver blocks them. */
@EventType("card.sent")
public record CardSent(long fromAccountId, String fromUid, String fromNickname, long toAccountId, String toUid)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return toUid;
    }

    @Override
    public String actorId() {
        return fromUid;
    }
}
