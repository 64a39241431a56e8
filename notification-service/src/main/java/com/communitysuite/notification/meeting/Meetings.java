package com.communitysuite.notification.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The meetings meeting-service announced and who collected them: what reminders and cancellations need. */
@Repository
public class Meetings {

    private final JdbcTemplate jdbc;

    Meetings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void created(MeetingEvents.Created meeting) {
        jdbc.update("""
                INSERT INTO meeting (meeting_id, topic, group_name, platform, meeting_code, meeting_date, start_time,
                    starts_at, creator_account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id) DO NOTHING""", meeting.meetingId(), meeting.topic(), meeting.groupName(),
                meeting.platform(), meeting.meetingCode(), meeting.date(), meeting.start(),
                Timestamp.from(meeting.startsAt()), meeting.creatorAccountId());
    }

    Optional<Meeting> find(long meetingId) {
        return jdbc.query("SELECT * FROM meeting WHERE meeting_id = ?", (rs, row) -> new Meeting(
                rs.getLong("meeting_id"), rs.getString("topic"), rs.getString("group_name"), rs.getString("platform"),
                rs.getString("meeting_code"), rs.getString("meeting_date"), rs.getString("start_time"),
                rs.getTimestamp("starts_at").toInstant(), rs.getLong("creator_account_id"),
                rs.getBoolean("cancelled")), meetingId).stream().findFirst();
    }

    void cancelled(long meetingId) {
        jdbc.update("UPDATE meeting SET cancelled = TRUE WHERE meeting_id = ?", meetingId);
        jdbc.update("DELETE FROM meeting_collector WHERE meeting_id = ?", meetingId);
    }

    void collected(long meetingId, long accountId) {
        jdbc.update("INSERT INTO meeting_collector (meeting_id, account_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                meetingId, accountId);
    }

    void uncollected(long meetingId, long accountId) {
        jdbc.update("DELETE FROM meeting_collector WHERE meeting_id = ? AND account_id = ?", meetingId, accountId);
    }

    List<Long> collectors(long meetingId) {
        return jdbc.queryForList("SELECT account_id FROM meeting_collector WHERE meeting_id = ? ORDER BY account_id",
                Long.class, meetingId);
    }

    /** A user who logged off is nobody's reminder recipient any more. */
    public void forget(long accountId) {
        jdbc.update("DELETE FROM meeting_collector WHERE account_id = ?", accountId);
    }

    record Meeting(long meetingId, String topic, String groupName, String platform, String meetingCode, String date,
            String start, Instant startsAt, long creatorAccountId, boolean cancelled) {
    }
}
