package com.communitysuite.notification.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What this service knows of users from user-service's events: their display names (for message texts) and who
 * blocked whom (no message from a user the receiver blocked).
 */
@Repository
public class People {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    People(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void profileChanged(long accountId, String uid, String nickname) {
        jdbc.update("""
                INSERT INTO profile (account_id, uid, nickname, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET uid = EXCLUDED.uid, nickname = EXCLUDED.nickname,
                    updated_at = EXCLUDED.updated_at""", accountId, uid, nickname, now());
    }

    public Optional<String> nickname(long accountId) {
        List<String> names = jdbc.queryForList("SELECT nickname FROM profile WHERE account_id = ?", String.class,
                accountId);
        return names.stream().findFirst();
    }

    public Optional<String> uid(long accountId) {
        List<String> uids = jdbc.queryForList("SELECT uid FROM profile WHERE account_id = ?", String.class,
                accountId);
        return uids.stream().findFirst();
    }

    public void blocked(long blockerAccountId, long blockedAccountId) {
        jdbc.update("INSERT INTO user_block (blocker_account_id, blocked_account_id, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", blockerAccountId, blockedAccountId, now());
    }

    public void unblocked(long blockerAccountId, long blockedAccountId) {
        jdbc.update("DELETE FROM user_block WHERE blocker_account_id = ? AND blocked_account_id = ?",
                blockerAccountId, blockedAccountId);
    }

    public boolean hasBlocked(long receiverAccountId, long senderAccountId) {
        Integer found = jdbc.queryForObject("SELECT count(*) FROM user_block WHERE blocker_account_id = ?"
                + " AND blocked_account_id = ?", Integer.class, receiverAccountId, senderAccountId);
        return found != null && found > 0;
    }

    /** A user who logged off: nothing of them stays, neither their name nor their blocks, either way. */
    public void erase(long accountId) {
        jdbc.update("DELETE FROM profile WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM user_block WHERE blocker_account_id = ? OR blocked_account_id = ?", accountId,
                accountId);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
