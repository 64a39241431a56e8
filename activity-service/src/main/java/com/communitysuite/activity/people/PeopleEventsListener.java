package com.communitysuite.activity.people;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.activity.participant.AccountErasure;
import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

import tools.jackson.databind.JsonNode;

/**
 * Profiles (user-service: nickname, avatar, bio, whole state each time) and campus e-mails and first nicknames
 * (account-service), each topic in a consumer group of its own; an account that logged off is forgotten and its
 * data erased ({@link AccountErasure}).
 */
@Component
class PeopleEventsListener {

    static final String USERS = "activity-service.users";
    static final String ACCOUNTS = "activity-service.accounts";

    private final IdempotentConsumer consumer;
    private final JdbcTemplate jdbc;
    private final AccountErasure erasure;

    PeopleEventsListener(IdempotentConsumer consumer, JdbcTemplate jdbc, AccountErasure erasure) {
        this.consumer = consumer;
        this.jdbc = jdbc;
        this.erasure = erasure;
    }

    @KafkaListener(topics = "user-service.events", groupId = USERS)
    void onUsers(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(USERS, event, this::apply);
    }

    @KafkaListener(topics = "account-service.events", groupId = ACCOUNTS)
    void onAccounts(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(ACCOUNTS, event, this::apply);
    }

    void apply(EventEnvelope event) {
        JsonNode data = event.data();
        long accountId = data.path("accountId").asLong(-1);
        if (accountId < 0) {
            return;
        }
        switch (event.type()) {
            case "user.profile-changed" -> jdbc.update("INSERT INTO person_copy (account_id, nickname, avatar, bio)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET nickname = EXCLUDED.nickname,"
                    + " avatar = EXCLUDED.avatar, bio = EXCLUDED.bio", accountId, text(data, "nickname"),
                    text(data, "avatar"), text(data, "bio"));
            case "account.registered" -> jdbc.update("INSERT INTO person_copy (account_id, nickname) VALUES (?, ?)"
                    + " ON CONFLICT (account_id) DO NOTHING", accountId, text(data, "nickname"));
            case "account.email-verified" -> jdbc.update("INSERT INTO person_copy (account_id, email) VALUES (?, ?)"
                    + " ON CONFLICT (account_id) DO UPDATE SET email = EXCLUDED.email", accountId,
                    text(data, "email"));
            case "account.logged-off" -> {
                jdbc.update("DELETE FROM person_copy WHERE account_id = ?", accountId);
                erasure.erase(accountId);
            }
            default -> {
            }
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isNull() || node.isMissingNode() ? null : node.asString();
    }
}
