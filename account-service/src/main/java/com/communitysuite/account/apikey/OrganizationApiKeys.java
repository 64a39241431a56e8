package com.communitysuite.account.apikey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.communitysuite.account.events.ApiKeyRevoked;
import com.communitysuite.account.support.Hashing;
import com.communitysuite.platform.domain.NotFoundException;
import com.communitysuite.platform.events.DomainEvents;

/**
 * API keys an organization's systems use on the wx surface ({@code access_type=org}). A key is shown once when it
 * is created; only its hash is stored, and a revoked key stops working at once.
 */
@Service
public class OrganizationApiKeys {

    static final String PREFIX = "org_";

    private final JdbcTemplate jdbc;
    private final DomainEvents events;
    private final Clock clock;

    OrganizationApiKeys(JdbcTemplate jdbc, DomainEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A key as listed: never the key itself. */
    public record KeyView(UUID id, long organizationId, String name, String keyPrefix, Instant createdAt,
            Instant revokedAt) {
    }

    /** A new key, with the secret value shown this once. */
    public record CreatedKey(KeyView key, String secret) {
    }

    @Transactional
    public CreatedKey create(long organizationId, String name, long createdBy) {
        UUID id = UUID.randomUUID();
        String secret = PREFIX + Hashing.randomHex(24);
        Instant now = clock.instant();
        String prefix = secret.substring(0, 10);
        jdbc.update("INSERT INTO org_api_key (id, organization_id, name, key_prefix, key_hash, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, organizationId, name, prefix, Hashing.sha256Hex(secret),
                createdBy, Timestamp.from(now));
        return new CreatedKey(new KeyView(id, organizationId, name, prefix, now, null), secret);
    }

    @Transactional(readOnly = true)
    public List<KeyView> list(Long organizationId) {
        String sql = "SELECT id, organization_id, name, key_prefix, created_at, revoked_at FROM org_api_key"
                + (organizationId == null ? "" : " WHERE organization_id = ?") + " ORDER BY created_at";
        Object[] args = organizationId == null ? new Object[0] : new Object[] { organizationId };
        return jdbc.query(sql, (rs, i) -> new KeyView(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()), args);
    }

    /** @throws NotFoundException when there is no such live key (unknown or revoked already) */
    @Transactional
    public void revoke(UUID id) {
        List<Long> organizations = jdbc.queryForList("UPDATE org_api_key SET revoked_at = ? WHERE id = ?"
                + " AND revoked_at IS NULL RETURNING organization_id", Long.class, Timestamp.from(clock.instant()), id);
        if (organizations.isEmpty()) {
            throw new NotFoundException("api-key.not-found", "未找到。");
        }
        events.publish(new ApiKeyRevoked(id.toString(), organizations.get(0)));
    }

    /** The organization a live key belongs to. */
    @Transactional(readOnly = true)
    public Optional<KeyView> lookUp(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, organization_id, name, key_prefix, created_at FROM org_api_key"
                + " WHERE key_hash = ? AND revoked_at IS NULL", (rs, i) -> new KeyView(rs.getObject(1, UUID.class),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), null),
                Hashing.sha256Hex(secret)).stream().findFirst();
    }
}
