package com.communitysuite.notification.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reminders due later, one per subject (a meeting, an event): kept in PostgreSQL so a restart loses none, fired by
 * whichever replica locks one first.
 */
@Repository
public class Reminders {

    public static final String MEETING = "meeting";
    public static final String EVENT = "event";

    private final JdbcTemplate jdbc;

    Reminders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plans the subject's reminder at {@code dueAt}. A subject planned again for another time is reminded again at
     * that time (an event moved after its reminder went out, or moved back into the future); the same time changes
     * nothing. Events of one subject arrive in order (one key, one partition), so a gone subject is not planned again.
     */
    public void schedule(String kind, String subjectId, Instant dueAt) {
        jdbc.update("""
                INSERT INTO reminder (kind, subject_id, due_at, status) VALUES (?, ?, ?, 'PENDING')
                ON CONFLICT (kind, subject_id) DO UPDATE SET due_at = EXCLUDED.due_at, status = 'PENDING',
                    fired_at = NULL
                WHERE reminder.due_at <> EXCLUDED.due_at OR reminder.status = 'CANCELLED'""",
                kind, subjectId, Timestamp.from(dueAt));
    }

    /** The subject is gone or needs no reminder any more: a planned reminder is not sent. */
    public void cancel(String kind, String subjectId) {
        jdbc.update("UPDATE reminder SET status = 'CANCELLED' WHERE kind = ? AND subject_id = ? AND status = 'PENDING'",
                kind, subjectId);
    }

    /** Locks the next due reminder for the current transaction; other replicas skip it. */
    Optional<DueReminder> lockNextDue(Instant now) {
        return jdbc.query("""
                SELECT id, kind, subject_id, due_at FROM reminder WHERE status = 'PENDING' AND due_at <= ?
                ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""",
                (rs, row) -> new DueReminder(rs.getLong("id"), rs.getString("kind"), rs.getString("subject_id"),
                        rs.getTimestamp("due_at").toInstant()), Timestamp.from(now)).stream().findFirst();
    }

    void fired(long id, Instant now) {
        jdbc.update("UPDATE reminder SET status = 'FIRED', fired_at = ? WHERE id = ?", Timestamp.from(now), id);
    }

    void postpone(long id, Instant until) {
        jdbc.update("UPDATE reminder SET due_at = ? WHERE id = ? AND status = 'PENDING'", Timestamp.from(until), id);
    }

    record DueReminder(long id, String kind, String subjectId, Instant dueAt) {
    }
}
