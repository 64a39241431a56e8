package com.communitysuite.notification.clubroom;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * club-room-service's scheduled events as far as reminders need them: name, time, creator and members at their
 * newest version, and who subscribed.
 */
@Repository
public class ScheduledEvents {

    private final JdbcTemplate jdbc;

    ScheduledEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether this state was newer than the one kept (an older, reordered one changes nothing) */
    boolean saved(ClubRoomEvents.EventSaved event) {
        int applied = jdbc.update("""
                INSERT INTO scheduled_event (event_id, name, event_time, creator_account_id, version)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO UPDATE SET name = EXCLUDED.name, event_time = EXCLUDED.event_time,
                    creator_account_id = EXCLUDED.creator_account_id, version = EXCLUDED.version
                WHERE scheduled_event.version < EXCLUDED.version""", event.eventId(), event.name(),
                Timestamp.from(event.time()), event.creatorAccountId(), event.version());
        if (applied == 0) {
            return false;
        }
        jdbc.update("DELETE FROM event_member WHERE event_id = ?", event.eventId());
        event.memberAccountIds().stream().distinct().forEach(member -> jdbc.update(
                "INSERT INTO event_member (event_id, account_id) VALUES (?, ?)", event.eventId(), member));
        return true;
    }

    /** @return whether the event was unknown until now (its first state is kept as version 0) */
    boolean subscribed(ClubRoomEvents.EventSubscribed subscription) {
        int known = jdbc.update("""
                INSERT INTO scheduled_event (event_id, name, event_time, version) VALUES (?, ?, ?, 0)
                ON CONFLICT (event_id) DO NOTHING""", subscription.eventId(), subscription.name(),
                Timestamp.from(subscription.time()));
        jdbc.update("INSERT INTO event_subscriber (event_id, account_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                subscription.eventId(), subscription.accountId());
        return known == 1;
    }

    Optional<ScheduledEvent> find(String eventId) {
        return jdbc.query("SELECT event_id, name, event_time, started FROM scheduled_event WHERE event_id = ?",
                (rs, row) -> new ScheduledEvent(rs.getString("event_id"), rs.getString("name"),
                        rs.getTimestamp("event_time").toInstant(), rs.getBoolean("started")), eventId).stream()
                .findFirst();
    }

    void started(String eventId) {
        jdbc.update("UPDATE scheduled_event SET started = TRUE WHERE event_id = ?", eventId);
    }

    List<Long> members(String eventId) {
        return jdbc.queryForList("SELECT account_id FROM event_member WHERE event_id = ? ORDER BY account_id",
                Long.class, eventId);
    }

    List<Long> subscribers(String eventId) {
        return jdbc.queryForList("SELECT account_id FROM event_subscriber WHERE event_id = ? ORDER BY account_id",
                Long.class, eventId);
    }

    void deleted(String eventId) {
        jdbc.update("DELETE FROM event_subscriber WHERE event_id = ?", eventId);
        jdbc.update("DELETE FROM event_member WHERE event_id = ?", eventId);
        jdbc.update("DELETE FROM scheduled_event WHERE event_id = ?", eventId);
    }

    /** A user who logged off is reminded of nothing. */
    public void forget(long accountId) {
        jdbc.update("DELETE FROM event_subscriber WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM event_member WHERE account_id = ?", accountId);
    }

    record ScheduledEvent(String eventId, String name, Instant time, boolean started) {
    }
}
