package com.communitysuite.meeting.meeting;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.meeting.events.MeetingCollected;
import com.communitysuite.meeting.events.MeetingUncollected;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.events.DomainEvents;

/** Users' collected meetings: collecting twice keeps the first collection; only its owner removes one. */
@Service
public class MeetingCollections {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final MeetingRepository meetings;
    private final DomainEvents events;
    private final Clock clock;

    MeetingCollections(JdbcTemplate jdbc, MeetingRepository meetings, DomainEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's collection of the live meeting, made now unless it exists. */
    @Transactional
    public long collect(long accountId, long meetingId) {
        meetings.findLive(meetingId).orElseThrow(() -> new ConflictException("meeting.changed", MeetingTexts.CHANGED));
        List<Long> inserted = jdbc.queryForList("INSERT INTO meeting_collection (meeting_id, account_id, created_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (meeting_id, account_id) DO NOTHING RETURNING id", Long.class,
                meetingId, accountId, Timestamp.from(clock.instant()));
        if (inserted.isEmpty()) {
            return jdbc.queryForObject("SELECT id FROM meeting_collection WHERE meeting_id = ? AND account_id = ?",
                    Long.class, meetingId, accountId);
        }
        long collectionId = inserted.get(0);
        events.publish(new MeetingCollected(meetingId, accountId, collectionId, true));
        return collectionId;
    }

    /** Removes the caller's own collection {@code collectionId}. */
    @Transactional
    public void uncollect(long accountId, long collectionId) {
        List<Long> meeting = jdbc.queryForList("DELETE FROM meeting_collection WHERE id = ? AND account_id = ?"
                + " RETURNING meeting_id", Long.class, collectionId, accountId);
        if (meeting.isEmpty()) {
            throw new ConflictException("collection.changed", MeetingTexts.CHANGED);
        }
        events.publish(new MeetingUncollected(meeting.get(0), accountId, collectionId, false));
    }

    /** The caller's collection ids of these meetings (none for an anonymous caller). */
    @Transactional(readOnly = true)
    public Map<Long, Long> collectionIds(Long accountId, Collection<Long> meetingIds) {
        Map<Long, Long> ids = new HashMap<>();
        if (accountId == null || meetingIds.isEmpty()) {
            return ids;
        }
        named.query("SELECT meeting_id, id FROM meeting_collection WHERE account_id = :account"
                + " AND meeting_id IN (:meetings)", new MapSqlParameterSource("account", accountId)
                .addValue("meetings", meetingIds), rs -> {
                    ids.put(rs.getLong("meeting_id"), rs.getLong("id"));
                });
        return ids;
    }

    /** The account logged off: its collections go, each announced. */
    @Transactional
    public void forget(long accountId) {
        jdbc.query("DELETE FROM meeting_collection WHERE account_id = ? RETURNING id, meeting_id", rs -> {
            events.publish(new MeetingUncollected(rs.getLong("meeting_id"), accountId, rs.getLong("id"), false));
        }, accountId);
    }
}
