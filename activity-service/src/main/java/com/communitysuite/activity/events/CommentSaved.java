package com.communitysuite.activity.events;

import java.math.BigDecimal;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A campus comment was created ({@code created}) or changed: the activity's owner is told. */
@EventType("comment.saved")
public record CommentSaved(long commentId, long activityId, String activityTitle, long authorAccountId,
        long ownerAccountId, Long blockId, String content, BigDecimal score, boolean created) implements DomainEvent {

    @Override
    public String aggregateId() {
        return Long.toString(commentId);
    }

    @Override
    public String actorId() {
        return Long.toString(authorAccountId);
    }
}
