package com.communitysuite.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.communitysuite.notification.support.Json;

/**
 * Messages to the outside world, kept in PostgreSQL until they are sent: written in the transaction of the change
 * that decided them (so none is lost and none is sent for a rolled-back change), claimed by one replica at a time
 * with {@code FOR UPDATE SKIP LOCKED} and a lease (so several replicas send each once).
 */
@Repository
public class DeliveryQueue {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DeliveryWakeUp wakeUp;

    DeliveryQueue(JdbcTemplate jdbc, Clock clock, DeliveryWakeUp wakeUp) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    /** A message to send now; it is not sent after {@code expiresAt} (null: whenever it can be). */
    public void enqueue(String channel, String recipient, Object payload, Instant expiresAt) {
        Instant now = clock.instant();
        jdbc.update("INSERT INTO delivery (channel, recipient, payload, status, due_at, expires_at, created_at)"
                + " VALUES (?, ?, ?, 'PENDING', ?, ?, ?)", channel, recipient, Json.write(payload),
                Timestamp.from(now), expiresAt == null ? null : Timestamp.from(expiresAt), Timestamp.from(now));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp.wake();
                }
            });
        }
        else {
            wakeUp.wake();
        }
    }

    /** Claims due deliveries for {@code lease}: another replica takes them only once the lease ran out. */
    List<ClaimedDelivery> claim(int limit, Duration lease) {
        Instant now = clock.instant();
        return jdbc.query("""
                UPDATE delivery SET claimed_until = ?, attempts = attempts + 1
                WHERE id IN (SELECT id FROM delivery
                             WHERE status = 'PENDING' AND due_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
                             ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id, channel, recipient, payload, attempts, expires_at""",
                (rs, row) -> {
                    Timestamp expires = rs.getTimestamp("expires_at");
                    return new ClaimedDelivery(rs.getLong("id"), rs.getString("channel"), rs.getString("recipient"),
                            Json.read(rs.getString("payload")), rs.getInt("attempts"),
                            expires == null ? null : expires.toInstant());
                }, Timestamp.from(now.plus(lease)), Timestamp.from(now), Timestamp.from(now), limit);
    }

    void finish(long id, DeliveryStatus status, String note) {
        jdbc.update("UPDATE delivery SET status = ?, last_error = ?, finished_at = ?, claimed_until = NULL"
                + " WHERE id = ?", status.name(), note, Timestamp.from(clock.instant()), id);
    }

    void retryAt(long id, Instant dueAt, String error) {
        jdbc.update("UPDATE delivery SET due_at = ?, last_error = ?, claimed_until = NULL WHERE id = ?",
                Timestamp.from(dueAt), error, id);
    }

    /** Finished deliveries are kept a while for operators, then removed. */
    int purgeFinishedBefore(Instant before) {
        return jdbc.update("DELETE FROM delivery WHERE status <> 'PENDING' AND finished_at < ?",
                Timestamp.from(before));
    }

    long pending() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM delivery WHERE status = 'PENDING'", Long.class);
        return count == null ? 0 : count;
    }

    /** What is still to be sent to this recipient on this channel is not sent (the user logged off). */
    public void cancelPending(String channel, String recipient) {
        jdbc.update("DELETE FROM delivery WHERE status = 'PENDING' AND channel = ? AND recipient = ?", channel,
                recipient);
    }
}
