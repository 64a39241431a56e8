package com.communitysuite.activity.activity;

import java.util.List;

import org.springframework.stereotype.Component;

import com.communitysuite.activity.events.ActivityApproved;
import com.communitysuite.activity.events.ActivityDeleted;
import com.communitysuite.activity.events.ActivityDenied;
import com.communitysuite.activity.events.ActivityPublished;
import com.communitysuite.activity.events.ActivitySaved;
import com.communitysuite.activity.events.ActivitySubmitted;
import com.communitysuite.activity.events.ActivityTakenDown;
import com.communitysuite.platform.events.DomainEvents;

/**
 * Records what happened to an activity in the outbox, inside the change's transaction: its whole state
 * ({@code activity.saved}) after every change, and the transition's own event when its status moved. Call it after
 * the change is flushed, so the version is the one the row now has.
 */
@Component
public class ActivityEventRecorder {

    private final DomainEvents events;

    ActivityEventRecorder(DomainEvents events) {
        this.events = events;
    }

    public void saved(Activity activity, Long actorAccountId) {
        String actor = actor(actorAccountId);
        events.publish(new ActivitySaved(activity.id(), activity.surface(), activity.title(),
                activity.ownerAccountId(), activity.status().name(), activity.category(), activity.activityType(),
                activity.startDate(), activity.endDate(), activity.startAt(), activity.endAt(),
                activity.organizationId(), activity.blockId(), activity.capacity(), activity.version(), actor));
    }

    public void transitioned(Activity activity, ActivityTransition transition, Long actorAccountId) {
        String actor = actor(actorAccountId);
        long id = activity.id();
        String title = activity.title();
        long owner = activity.ownerAccountId();
        String status = activity.status().name();
        long version = activity.version();
        events.publish(switch (transition) {
            case SUBMIT -> new ActivitySubmitted(id, title, owner, status, version, actor);
            case APPROVE -> new ActivityApproved(id, title, owner, status, version, actor);
            case DENY -> new ActivityDenied(id, title, owner, status, version, actor);
            case PUBLISH_WITHOUT_REVIEW -> new ActivityPublished(id, title, owner, status, version, actor);
            case TAKE_DOWN -> new ActivityTakenDown(id, title, owner, status, version, actor);
        });
        saved(activity, actorAccountId);
    }

    public void deleted(Activity activity, List<Long> participantAccountIds, Long actorAccountId) {
        events.publish(new ActivityDeleted(activity.id(), activity.title(), activity.ownerAccountId(),
                participantAccountIds, activity.version() + 1, actor(actorAccountId)));
    }

    private static String actor(Long accountId) {
        return accountId == null ? null : Long.toString(accountId);
    }
}
