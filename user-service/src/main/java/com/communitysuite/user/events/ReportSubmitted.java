package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** An app user reported a user ({@code sourceType} 1) or a room (2). */
@EventType("report.submitted")
public record ReportSubmitted(long reportId, long accountId, int sourceType, String sourceId, int reasonType,
        String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(reportId);
    }

    @Override
    public String actorId() {
        return Long.toString(accountId);
    }
}
