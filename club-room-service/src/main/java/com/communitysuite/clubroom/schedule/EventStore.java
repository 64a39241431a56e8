package com.communitysuite.clubroom.schedule;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Scheduled events and their subscribers. */
@Repository
class EventStore {

    private static final RowMapper<ScheduledEvent> EVENT = (rs, n) -> new ScheduledEvent(rs.getLong("id"),
            rs.getString("event_id"), rs.getString("name"), rs.getString("description"),
            rs.getTimestamp("event_time").toInstant(), rs.getLong("creator_account_id"), rs.getString("creator_uid"),
            rs.getString("editor_uid"), uids(rs.getString("member_uids")), rs.getString("room_id"),
            rs.getLong("version"), rs.getTimestamp("created_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    EventStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ScheduledEvent insert(String eventId, String name, String description, Instant eventTime, long creatorAccountId,
            String creatorUid, List<String> memberUids, Instant now) {
        Long id = jdbc.queryForObject("INSERT INTO scheduled_event (event_id, name, description, event_time,"
                + " creator_account_id, creator_uid, editor_uid, member_uids, version, created_at) VALUES (:eventId,"
                + " :name, :description, :eventTime, :creator, :creatorUid, :creatorUid, :members, 1, :now) RETURNING id",
                new MapSqlParameterSource("eventId", eventId).addValue("name", name)
                        .addValue("description", description).addValue("eventTime", Timestamp.from(eventTime))
                        .addValue("creator", creatorAccountId).addValue("creatorUid", creatorUid)
                        .addValue("members", String.join(",", memberUids)).addValue("now", Timestamp.from(now)),
                Long.class);
        return new ScheduledEvent(id, eventId, name, description, eventTime, creatorAccountId, creatorUid,
                creatorUid, memberUids, null, 1, now);
    }

    Optional<ScheduledEvent> find(String eventId) {
        return jdbc.query("SELECT * FROM scheduled_event WHERE event_id = :eventId AND NOT deleted",
                new MapSqlParameterSource("eventId", eventId), EVENT).stream().findFirst();
    }

    Optional<ScheduledEvent> lock(String eventId) {
        return jdbc.query("SELECT * FROM scheduled_event WHERE event_id = :eventId AND NOT deleted FOR UPDATE",
                new MapSqlParameterSource("eventId", eventId), EVENT).stream().findFirst();
    }

    void update(long id, String name, String description, Instant eventTime, String editorUid,
            List<String> memberUids) {
        jdbc.update("UPDATE scheduled_event SET name = :name, description = :description, event_time = :eventTime,"
                + " editor_uid = :editor, member_uids = :members, version = version + 1 WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("name", name).addValue("description", description)
                        .addValue("eventTime", Timestamp.from(eventTime)).addValue("editor", editorUid)
                        .addValue("members", String.join(",", memberUids)));
    }

    void delete(long id) {
        jdbc.update("UPDATE scheduled_event SET deleted = TRUE, version = version + 1 WHERE id = :id",
                new MapSqlParameterSource("id", id));
    }

    void bind(long id, String roomId) {
        jdbc.update("UPDATE scheduled_event SET room_id = :roomId, version = version + 1 WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("roomId", roomId));
    }

    /** Events from the given time on, soonest first, after the cursor when given. */
    List<ScheduledEvent> upcoming(Instant from, Instant afterTime, String afterEventId, int count) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("from", Timestamp.from(from))
                .addValue("count", count);
        String after = "";
        if (afterTime != null) {
            after = " AND (event_time, event_id) > (:afterTime, :afterId)";
            parameters.addValue("afterTime", Timestamp.from(afterTime)).addValue("afterId", afterEventId);
        }
        return jdbc.query("SELECT * FROM scheduled_event WHERE NOT deleted AND event_time >= :from" + after
                + " ORDER BY event_time, event_id LIMIT :count", parameters, EVENT);
    }

    /** @return whether this subscription is new */
    boolean subscribe(long eventPk, long accountId, String uid, Instant now) {
        return jdbc.update("INSERT INTO event_subscription (event_pk, account_id, uid, subscribed_at)"
                + " VALUES (:event, :account, :uid, :now) ON CONFLICT DO NOTHING",
                new MapSqlParameterSource("event", eventPk).addValue("account", accountId).addValue("uid", uid)
                        .addValue("now", Timestamp.from(now))) > 0;
    }

    Set<Long> subscribedAmong(long accountId, List<Long> eventPks) {
        if (eventPks.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT event_pk FROM event_subscription WHERE account_id = :account"
                + " AND event_pk IN (:events)", new MapSqlParameterSource("account", accountId)
                        .addValue("events", eventPks), Long.class));
    }

    List<Long> subscribers(long eventPk) {
        return jdbc.queryForList("SELECT account_id FROM event_subscription WHERE event_pk = :event"
                + " ORDER BY subscribed_at", new MapSqlParameterSource("event", eventPk), Long.class);
    }

    void eraseSubscriptions(long accountId) {
        jdbc.update("DELETE FROM event_subscription WHERE account_id = :account",
                new MapSqlParameterSource("account", accountId));
    }

    private static List<String> uids(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
