package com.communitysuite.account.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** An organization's wx API key was revoked: the gateway stops accepting it. */
@EventType("account.api-key-revoked")
public record ApiKeyRevoked(String keyId, long organizationId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return keyId;
    }
}
