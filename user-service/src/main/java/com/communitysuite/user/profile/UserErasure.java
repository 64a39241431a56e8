package com.communitysuite.user.profile;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.communitysuite.user.group.Memberships;

/**
 * Erases a user's personal data everywhere in user-service (log-off, or deletion by a super user): group and city
 * memberships (announced), blocks and cards both ways, upload records and collections are deleted; feedback and
 * reports stay for operators without their author.
 */
@Component
public class UserErasure {

    private final Memberships memberships;
    private final UserProfileRepository profiles;
    private final JdbcTemplate jdbc;

    UserErasure(Memberships memberships, UserProfileRepository profiles, JdbcTemplate jdbc) {
        this.memberships = memberships;
        this.profiles = profiles;
        this.jdbc = jdbc;
    }

    /** Inside the caller's transaction. */
    public void erase(long accountId) {
        memberships.leaveAll(accountId);
        jdbc.update("UPDATE feedback SET account_id = NULL WHERE account_id = ?", accountId);
        jdbc.update("UPDATE report SET account_id = NULL WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM activity_collection WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM meeting_collection WHERE account_id = ?", accountId);
        // Blocks, cards and upload records go with the profile (ON DELETE CASCADE).
        profiles.findById(accountId).ifPresent(profile -> {
            profiles.delete(profile);
            profiles.flush();
        });
    }
}
