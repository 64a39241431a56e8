package com.communitysuite.activity.participant;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.activity.activity.ActivityRemoval;

/**
 * What this service holds of an account that logged off, erased in the event's transaction: its activities (deleted,
 * their participants told), its places in other activities (left, so the counts and the owners' lists stay right),
 * its applications, comments, collections and recommender portrait.
 */
@Component
public class AccountErasure {

    private final ActivityRemoval removal;
    private final Participants participants;
    private final JdbcTemplate jdbc;

    AccountErasure(ActivityRemoval removal, Participants participants, JdbcTemplate jdbc) {
        this.removal = removal;
        this.participants = participants;
        this.jdbc = jdbc;
    }

    @Transactional
    public void erase(long accountId) {
        removal.deleteWhere("SELECT id FROM activity WHERE owner_account_id = ? ORDER BY id", accountId, accountId);
        List<Long> joined = jdbc.queryForList("SELECT activity_id FROM participant WHERE account_id = ?"
                + " AND state = 'JOINED' ORDER BY activity_id", Long.class, accountId);
        joined.forEach(activityId -> participants.leave(activityId, accountId, accountId));
        jdbc.update("DELETE FROM participant WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM activity_comment WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM activity_collection WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM recommender_portrait WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM organization_manager_copy WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM organization_follow_copy WHERE account_id = ?", accountId);
    }
}
