package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** A super user approved (the organization now exists) or rejected an application to create an organization. */
@EventType("organization-application.verified")
public record OrganizationApplicationVerified(long applicationId, String name, long applicantAccountId,
        boolean approved, Long organizationId, @JsonIgnore String actorUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(applicationId);
    }

    @Override
    public String actorId() {
        return actorUid;
    }
}
