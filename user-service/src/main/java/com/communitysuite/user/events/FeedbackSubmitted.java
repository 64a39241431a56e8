package com.communitysuite.user.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** App or campus feedback was submitted ({@code surface} app or campus). */
@EventType("feedback.submitted")
public record FeedbackSubmitted(long feedbackId, long accountId, String surface, String content)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(feedbackId);
    }

    @Override
    public String actorId() {
        return Long.toString(accountId);
    }
}
