package com.communitysuite.account.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** The user agreed to, or withdrew from, the privacy policy of {@code version}. */
@EventType("account.privacy-consent-changed")
public record PrivacyConsentChanged(long accountId, String uid, boolean agreed, String version)
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
