package com.communitysuite.activity.campus;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.activity.Callers;

/**
 * What club-room-service's and user-service's events would have left in the read models (their listeners are tested
 * on their own), and the catalog a campus activity needs, each test with ids of its own.
 */
public final class CampusFixtures {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000L * 1000);

    private final JdbcTemplate jdbc;

    public CampusFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public long block(String name) {
        long id = IDS.incrementAndGet();
        jdbc.update("INSERT INTO block_copy (id, name) VALUES (?, ?)", id, name);
        return id;
    }

    public long organization(String name, long blockId, long ownerAccountId) {
        long id = IDS.incrementAndGet();
        jdbc.update("INSERT INTO organization_copy (id, name, block_id, owner_account_id, version, first_seen_at)"
                + " VALUES (?, ?, ?, ?, 1, ?)", id, name, blockId, ownerAccountId, Timestamp.from(Instant.now()));
        return id;
    }

    public void manager(long organizationId, long accountId) {
        jdbc.update("INSERT INTO organization_manager_copy (organization_id, account_id) VALUES (?, ?)",
                organizationId, accountId);
    }

    public void follow(long organizationId, long accountId) {
        jdbc.update("INSERT INTO organization_follow_copy (organization_id, account_id) VALUES (?, ?)",
                organizationId, accountId);
    }

    public long person(String nickname) {
        long id = Callers.newAccount();
        jdbc.update("INSERT INTO person_copy (account_id, nickname, avatar, email, bio) VALUES (?, ?, ?, ?, ?)", id,
                nickname, "https://example.org/" + id + ".png", id + "@example.org", "sign of " + nickname);
        return id;
    }

    public long address() {
        return jdbc.queryForObject("INSERT INTO activity_address (name, longitude, latitude) VALUES (?, 116.3, 39.9)"
                + " RETURNING id", Long.class, unique("地址"));
    }

    public long category() {
        return jdbc.queryForObject("INSERT INTO activity_category (name) VALUES (?) RETURNING id", Long.class,
                unique("分类"));
    }
}
