package com.communitysuite.account.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** One mp or campus token session ended (logout, log-off, refresh-token reuse, freeze). */
@EventType("account.token-session-revoked")
public record TokenSessionRevoked(long accountId, String uid, String sessionId, String reason)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return uid;
    }

    @Override
    public String actorId() {
        return uid;
    }
}
