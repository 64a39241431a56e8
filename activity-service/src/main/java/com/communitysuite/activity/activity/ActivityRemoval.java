package com.communitysuite.activity.activity;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes activities with what they hold (participants, comments, collections, wx members: the database cascades),
 * each with its {@code activity.deleted} event naming the participants to tell: for a campus DELETE and for what
 * the original deleted with its category, address, organization or block.
 */
@Component
public class ActivityRemoval {

    private final ActivityRepository activities;
    private final ActivityEventRecorder recorder;
    private final JdbcTemplate jdbc;

    ActivityRemoval(ActivityRepository activities, ActivityEventRecorder recorder, JdbcTemplate jdbc) {
        this.activities = activities;
        this.recorder = recorder;
        this.jdbc = jdbc;
    }

    @Transactional
    public void delete(Activity activity, Long actorAccountId) {
        List<Long> participants = jdbc.queryForList("SELECT account_id FROM participant WHERE activity_id = ?"
                + " AND state = 'JOINED' ORDER BY id", Long.class, activity.id());
        activities.delete(activity);
        activities.flush();
        recorder.deleted(activity, participants, actorAccountId);
    }

    /** The activities the query names (their ids), each deleted as {@link #delete} does. */
    @Transactional
    public int deleteWhere(String idQuery, Object argument, Long actorAccountId) {
        List<Long> ids = jdbc.queryForList(idQuery, Long.class, argument);
        for (Long id : ids) {
            activities.lockById(id).ifPresent(activity -> delete(activity, actorAccountId));
        }
        return ids.size();
    }
}
