package com.communitysuite.notification.push;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The JPush registration ids users bound: one per account and client type, and each id belongs to one account (a
 * device signed in by another user moves to that user).
 */
@Repository
public class PushDevices {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PushDevices(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void bind(long accountId, PushPlatform platform, String registrationId) {
        // One bind per account at a time, so two devices racing for the same client type cannot both stay.
        jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", accountId);
        jdbc.update("DELETE FROM push_device WHERE account_id = ? AND client_type = ? AND registration_id <> ?",
                accountId, platform.clientType(), registrationId);
        jdbc.update("""
                INSERT INTO push_device (registration_id, account_id, client_type, bound_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (registration_id) DO UPDATE SET account_id = EXCLUDED.account_id,
                    client_type = EXCLUDED.client_type, bound_at = EXCLUDED.bound_at""",
                registrationId, accountId, platform.clientType(), Timestamp.from(clock.instant()));
    }

    public List<PushDevice> devicesOf(long accountId) {
        return jdbc.query("SELECT registration_id, client_type FROM push_device WHERE account_id = ?"
                + " ORDER BY client_type", (rs, row) -> new PushDevice(rs.getString("registration_id"),
                        PushPlatform.ofClientType(rs.getInt("client_type"))), accountId);
    }

    /** The account signed out: the devices it bound before then get nothing more (a later bind is kept). */
    public int unbindBoundBefore(long accountId, Instant signedOutAt) {
        return jdbc.update("DELETE FROM push_device WHERE account_id = ? AND bound_at <= ?", accountId,
                Timestamp.from(signedOutAt));
    }

    /** JPush said these ids reach no device any more. */
    public void drop(Collection<String> registrationIds) {
        for (String id : registrationIds) {
            jdbc.update("DELETE FROM push_device WHERE registration_id = ?", id);
        }
    }

    public void erase(long accountId) {
        jdbc.update("DELETE FROM push_device WHERE account_id = ?", accountId);
    }
}
