package com.communitysuite.account.levels;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.events.PrincipalChanged;
import com.communitysuite.platform.events.DomainEvents;

/**
 * account-service's copy of each account's mp levels, kept from user-service's events: the newest version wins, so
 * redelivered or reordered events converge. Accounts user-service has not published levels for are at 1 and 1.
 */
@Service
public class AccountLevels {

    private static final Log log = LogFactory.getLog(AccountLevels.class);
    /** Where user-service has said nothing yet: a plain user. */
    public static final Levels DEFAULT = new Levels(1, 1, false);

    private final JdbcTemplate jdbc;
    private final DomainEvents events;
    private final Clock clock;

    AccountLevels(JdbcTemplate jdbc, DomainEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** An account's levels: mp {@code level} and {@code activity_level}, and whether it is a sponsor. */
    public record Levels(int level, int activityLevel, boolean sponsor) {
    }

    public Levels of(long accountId) {
        List<Levels> stored = jdbc.query("SELECT level, activity_level, sponsor FROM account_levels"
                + " WHERE account_id = ?", (rs, i) -> new Levels(rs.getInt(1), rs.getInt(2), rs.getBoolean(3)),
                accountId);
        return stored.isEmpty() ? DEFAULT : stored.get(0);
    }

    /**
     * Keeps the event's levels unless a newer version is stored already, and then announces that the account's
     * principal changed (the gateway drops the principal it cached, so the next request's identity has them).
     *
     * @return whether the levels were taken
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean apply(LevelsChanged changed) {
        List<String> uid = jdbc.queryForList("SELECT uid FROM account WHERE id = ?", String.class,
                changed.accountId());
        if (uid.isEmpty()) {
            log.warn("user.levels-changed for account " + changed.accountId() + ", which does not exist: ignored");
            return false;
        }
        int taken = jdbc.update("INSERT INTO account_levels (account_id, level, activity_level, sponsor, version,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET level = EXCLUDED.level,"
                + " activity_level = EXCLUDED.activity_level, sponsor = EXCLUDED.sponsor, version = EXCLUDED.version,"
                + " updated_at = EXCLUDED.updated_at WHERE account_levels.version < EXCLUDED.version",
                changed.accountId(), changed.level(), changed.activityLevel(), changed.sponsor(), changed.version(),
                Timestamp.from(clock.instant()));
        if (taken == 0) {
            return false;
        }
        events.publish(new PrincipalChanged(changed.accountId(), uid.get(0)));
        return true;
    }
}
