package com.communitysuite.activity.organization;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.activity.activity.ActivityRemoval;
import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

import tools.jackson.databind.JsonNode;

/**
 * club-room-service's events kept as the organizations read model: organizations (newest version wins), their
 * owners, managers and followers, and the campus blocks. Decoded from the JSON here, never with the publisher's
 * classes.
 */
@Component
class ClubRoomEventsListener {

    static final String CONSUMER = "activity-service.club-room";

    private final IdempotentConsumer consumer;
    private final JdbcTemplate jdbc;
    private final ActivityRemoval removal;
    private final Clock clock;

    ClubRoomEventsListener(IdempotentConsumer consumer, JdbcTemplate jdbc, ActivityRemoval removal, Clock clock) {
        this.consumer = consumer;
        this.jdbc = jdbc;
        this.removal = removal;
        this.clock = clock;
    }

    @KafkaListener(topics = "club-room-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    void apply(EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "club.saved" -> saved(data);
            case "club.deleted" -> deleted(data.path("organizationId").asLong(-1));
            case "club.owner-changed" -> jdbc.update("UPDATE organization_copy SET owner_account_id = ? WHERE id = ?",
                    data.path("ownerAccountId").asLong(), data.path("organizationId").asLong());
            case "club.membership-changed" -> relation("organization_follow_copy", data, "member");
            case "club.manager-changed" -> relation("organization_manager_copy", data, "manager");
            case "block.saved" -> jdbc.update("INSERT INTO block_copy (id, name) VALUES (?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name", data.path("blockId").asLong(),
                    data.path("name").asString());
            case "block.deleted" -> blockDeleted(data.path("blockId").asLong(-1));
            default -> {
            }
        }
    }

    private void saved(JsonNode data) {
        long organizationId = data.path("organizationId").asLong(-1);
        if (organizationId < 0) {
            return;
        }
        JsonNode block = data.path("blockId");
        jdbc.update("INSERT INTO organization_copy (id, name, cover, block_id, owner_account_id, version, first_seen_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,"
                + " cover = EXCLUDED.cover, block_id = EXCLUDED.block_id, owner_account_id = EXCLUDED.owner_account_id,"
                + " version = EXCLUDED.version WHERE organization_copy.version < EXCLUDED.version", organizationId,
                data.path("name").asString(), text(data, "cover"), block.isNumber() ? block.asLong() : null,
                data.path("ownerAccountId").asLong(), data.path("version").asLong(0),
                Timestamp.from(clock.instant()));
    }

    /** As the original's cascade: a deleted organization's activities go with it, the participants told. */
    private void deleted(long organizationId) {
        removal.deleteWhere("SELECT id FROM activity WHERE organization_id = ? ORDER BY id", organizationId, null);
        jdbc.update("DELETE FROM organization_copy WHERE id = ?", organizationId);
        jdbc.update("DELETE FROM organization_manager_copy WHERE organization_id = ?", organizationId);
        jdbc.update("DELETE FROM organization_follow_copy WHERE organization_id = ?", organizationId);
    }

    /** A deleted block takes its activities with it (its organizations come with their own club.deleted). */
    private void blockDeleted(long blockId) {
        removal.deleteWhere("SELECT id FROM activity WHERE block_id = ? ORDER BY id", blockId, null);
        jdbc.update("DELETE FROM block_copy WHERE id = ?", blockId);
    }

    /** A membership or manager role carries its resulting state: kept or dropped accordingly. */
    private void relation(String table, JsonNode data, String stateField) {
        long organizationId = data.path("organizationId").asLong(-1);
        long accountId = data.path("accountId").asLong(-1);
        if (organizationId < 0 || accountId < 0) {
            return;
        }
        if (data.path(stateField).asBoolean(false)) {
            jdbc.update("INSERT INTO " + table + " (organization_id, account_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    organizationId, accountId);
        }
        else {
            jdbc.update("DELETE FROM " + table + " WHERE organization_id = ? AND account_id = ?", organizationId,
                    accountId);
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
