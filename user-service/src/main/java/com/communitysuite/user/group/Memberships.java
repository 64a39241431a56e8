package com.communitysuite.user.group;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.DomainEvents;
import com.communitysuite.user.events.CityMembershipChanged;
import com.communitysuite.user.events.GroupMembershipChanged;

/** Group and city memberships; every join and leave is announced with the resulting membership. */
@Component
public class Memberships {

    private final JdbcTemplate jdbc;
    private final DomainEvents events;
    private final Clock clock;

    Memberships(JdbcTemplate jdbc, DomainEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** @return whether the user was not a member before */
    boolean join(MpGroup group, long accountId) {
        int added = jdbc.update("INSERT INTO group_member (group_id, account_id, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", group.id(), accountId, java.sql.Timestamp.from(clock.instant()));
        if (added > 0) {
            events.publish(new GroupMembershipChanged(group.id(), group.name(), group.type().eventName(), accountId,
                    true));
        }
        return added > 0;
    }

    boolean leave(MpGroup group, long accountId) {
        int removed = jdbc.update("DELETE FROM group_member WHERE group_id = ? AND account_id = ?", group.id(),
                accountId);
        if (removed > 0) {
            events.publish(new GroupMembershipChanged(group.id(), group.name(), group.type().eventName(), accountId,
                    false));
        }
        return removed > 0;
    }

    boolean join(MpCity city, long accountId) {
        int added = jdbc.update("INSERT INTO city_member (city_id, account_id, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", city.id(), accountId, java.sql.Timestamp.from(clock.instant()));
        if (added > 0) {
            events.publish(new CityMembershipChanged(city.id(), city.name(), accountId, true));
        }
        return added > 0;
    }

    boolean leave(MpCity city, long accountId) {
        int removed = jdbc.update("DELETE FROM city_member WHERE city_id = ? AND account_id = ?", city.id(), accountId);
        if (removed > 0) {
            events.publish(new CityMembershipChanged(city.id(), city.name(), accountId, false));
        }
        return removed > 0;
    }

    boolean isMember(MpGroup group, long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM group_member"
                + " WHERE group_id = ? AND account_id = ?)", Boolean.class, group.id(), accountId));
    }

    /** Whether the user is in any group or city. */
    public boolean hasAny(long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM group_member WHERE account_id = ?)"
                + " OR EXISTS (SELECT 1 FROM city_member WHERE account_id = ?)", Boolean.class, accountId, accountId));
    }

    /** Leaves every group and city (inside the caller's transaction), announcing each; levels are the caller's. */
    public void leaveAll(long accountId) {
        List<Object[]> groups = jdbc.query("SELECT g.id, g.name, g.group_type FROM group_member m"
                + " JOIN mp_group g ON g.id = m.group_id WHERE m.account_id = ? ORDER BY g.id",
                (row, n) -> new Object[] { row.getLong(1), row.getString(2), row.getInt(3) }, accountId);
        List<Object[]> cities = jdbc.query("SELECT c.id, c.name FROM city_member m JOIN mp_city c ON c.id = m.city_id"
                + " WHERE m.account_id = ? ORDER BY c.id", (row, n) -> new Object[] { row.getLong(1), row.getString(2) },
                accountId);
        jdbc.update("DELETE FROM group_member WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM city_member WHERE account_id = ?", accountId);
        for (Object[] group : groups) {
            events.publish(new GroupMembershipChanged((Long) group[0], (String) group[1],
                    GroupType.of((Integer) group[2]).orElseThrow().eventName(), accountId, false));
        }
        for (Object[] city : cities) {
            events.publish(new CityMembershipChanged((Long) city[0], (String) city[1], accountId, false));
        }
    }
}
