package com.communitysuite.meeting.groups;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * user-service's mp groups and cities and who belongs to them, as its events told this service: whether a group a
 * meeting names exists, and whether the caller may book for it.
 */
@Component
public class GroupDirectory {

    private final JdbcTemplate jdbc;

    GroupDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A group: its id, name and type ({@code SIG}, {@code MSG}, {@code Pro}). */
    public record Group(long id, String name, String type) {
    }

    public Optional<Group> groupNamed(String name) {
        List<Group> found = jdbc.query("SELECT id, name, type FROM meeting_group WHERE name = ? ORDER BY id LIMIT 1",
                (rs, row) -> new Group(rs.getLong("id"), rs.getString("name"), rs.getString("type")), name);
        return found.stream().findFirst();
    }

    public boolean isGroupMember(long groupId, long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM group_member"
                + " WHERE group_id = ? AND account_id = ?)", Boolean.class, groupId, accountId));
    }

    public boolean isCityMember(String cityName, long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM city_member m"
                + " JOIN meeting_city c ON c.id = m.city_id WHERE lower(c.name) = lower(?) AND m.account_id = ?)",
                Boolean.class, cityName, accountId));
    }

    void groupSaved(long groupId, String name, String type, String etherpad) {
        jdbc.update("INSERT INTO meeting_group (id, name, type, etherpad) VALUES (?, ?, ?, ?) ON CONFLICT (id)"
                + " DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type, etherpad = EXCLUDED.etherpad",
                groupId, name, type, etherpad);
    }

    void citySaved(long cityId, String name, String etherpad) {
        jdbc.update("INSERT INTO meeting_city (id, name, etherpad) VALUES (?, ?, ?) ON CONFLICT (id)"
                + " DO UPDATE SET name = EXCLUDED.name, etherpad = EXCLUDED.etherpad", cityId, name, etherpad);
    }

    /** A membership event carries the group itself too, so a member is known even before the group's own event. */
    void groupMembership(long groupId, String groupName, String groupType, long accountId, boolean member) {
        if (groupName != null) {
            jdbc.update("INSERT INTO meeting_group (id, name, type) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
                    groupId, groupName, groupType == null ? "SIG" : groupType);
        }
        if (member) {
            jdbc.update("INSERT INTO group_member (group_id, account_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    groupId, accountId);
        }
        else {
            jdbc.update("DELETE FROM group_member WHERE group_id = ? AND account_id = ?", groupId, accountId);
        }
    }

    void cityMembership(long cityId, String cityName, long accountId, boolean member) {
        if (cityName != null) {
            jdbc.update("INSERT INTO meeting_city (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING", cityId,
                    cityName);
        }
        if (member) {
            jdbc.update("INSERT INTO city_member (city_id, account_id) VALUES (?, ?) ON CONFLICT DO NOTHING", cityId,
                    accountId);
        }
        else {
            jdbc.update("DELETE FROM city_member WHERE city_id = ? AND account_id = ?", cityId, accountId);
        }
    }

    void forget(long accountId) {
        jdbc.update("DELETE FROM group_member WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM city_member WHERE account_id = ?", accountId);
    }
}
