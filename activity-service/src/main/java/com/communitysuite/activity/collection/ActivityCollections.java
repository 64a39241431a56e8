package com.communitysuite.activity.collection;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.activity.Activity;
import com.communitysuite.activity.activity.ActivityRepository;
import com.communitysuite.activity.activity.ActivityStatus;
import com.communitysuite.activity.activity.ActivitySurface;
import com.communitysuite.activity.activity.ActivityTransition;
import com.communitysuite.activity.activity.MpActivities;
import com.communitysuite.activity.activity.MpActivityQueries;
import com.communitysuite.activity.events.ActivityCollected;
import com.communitysuite.activity.events.ActivityUncollected;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/** Users' collections of mini-program activities. */
@Service
public class ActivityCollections {

    private final ActivityCollectionRepository collections;
    private final ActivityRepository activities;
    private final JdbcTemplate jdbc;
    private final DomainEvents events;
    private final Clock clock;

    ActivityCollections(ActivityCollectionRepository collections, ActivityRepository activities, JdbcTemplate jdbc,
            DomainEvents events, Clock clock) {
        this.collections = collections;
        this.activities = activities;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Collects a published activity; collecting it again changes nothing. The collection's id. */
    @Transactional
    public long collect(long accountId, long activityId) {
        activities.findById(activityId)
                .filter(a -> ActivitySurface.MP.equals(a.surface()) && a.status() == ActivityStatus.PUBLISHED)
                .orElseThrow(() -> new ConflictException("activity.transition-refused",
                        ActivityTransition.INFORMATION_CHANGED));
        List<Long> inserted = jdbc.queryForList("INSERT INTO activity_collection (activity_id, account_id, created_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (account_id, activity_id) DO NOTHING RETURNING id", Long.class,
                activityId, accountId, Timestamp.from(clock.instant()));
        if (inserted.isEmpty()) {
            return jdbc.queryForObject("SELECT id FROM activity_collection WHERE account_id = ? AND activity_id = ?",
                    Long.class, accountId, activityId);
        }
        long id = inserted.get(0);
        events.publish(new ActivityCollected(activityId, accountId, id, true));
        return id;
    }

    /** Removes one of the caller's collections, by its id. */
    @Transactional
    public void uncollect(long accountId, long collectionId) {
        ActivityCollection collection = collections.findById(collectionId).filter(c -> c.ownedBy(accountId))
                .orElseThrow(() -> new NotFoundException("collection.not-found", MpActivities.NOT_FOUND));
        collections.delete(collection);
        events.publish(new ActivityUncollected(collection.activityId(), accountId, collectionId, false));
    }

    /** The caller's collection ids of these activities, by activity id; none for an anonymous caller. */
    @Transactional(readOnly = true)
    public Map<Long, Long> collectionIds(Long accountId, Collection<Long> activityIds) {
        if (accountId == null || activityIds.isEmpty()) {
            return Map.of();
        }
        return collections.findOfAccount(accountId, activityIds).stream()
                .collect(Collectors.toMap(ActivityCollection::activityId, ActivityCollection::id));
    }

    @Transactional(readOnly = true)
    public MpActivityQueries.Slice collectedBy(long accountId, int page, int size) {
        Page<Activity> found = collections.collectedBy(accountId,
                PageRequest.of(page - 1, size));
        return new MpActivityQueries.Slice(found.getContent(), found.getTotalElements());
    }
}
