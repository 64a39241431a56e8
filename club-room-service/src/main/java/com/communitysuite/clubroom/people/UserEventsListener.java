package com.communitysuite.clubroom.people;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

import tools.jackson.databind.JsonNode;

/**
 * user-service's events: profiles (nickname, avatar, bio) as they change, blocks and business cards as they are
 * given and taken back. Profiles carry their whole state, so the newest one simply replaces the copy.
 */
@Component
class UserEventsListener {

    static final String CONSUMER = "club-room-service.users";

    private final IdempotentConsumer consumer;
    private final KnownUserRepository users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    UserEventsListener(IdempotentConsumer consumer, KnownUserRepository users, JdbcTemplate jdbc, Clock clock) {
        this.consumer = consumer;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @KafkaListener(topics = "user-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "user.profile-changed" -> profileChanged(data);
            case "user.blocked" -> relation(data, "accountId", "blockedAccountId",
                    "INSERT INTO user_block_copy (blocker_account_id, blocked_account_id) VALUES (?, ?)"
                            + " ON CONFLICT DO NOTHING");
            case "user.unblocked" -> relation(data, "accountId", "blockedAccountId",
                    "DELETE FROM user_block_copy WHERE blocker_account_id = ? AND blocked_account_id = ?");
            case "card.sent" -> relation(data, "fromAccountId", "toAccountId",
                    "INSERT INTO business_card_copy (from_account_id, to_account_id) VALUES (?, ?)"
                            + " ON CONFLICT DO NOTHING");
            case "card.withdrawn" -> relation(data, "fromAccountId", "toAccountId",
                    "DELETE FROM business_card_copy WHERE from_account_id = ? AND to_account_id = ?");
            default -> {
            }
        }
    }

    private void profileChanged(JsonNode data) {
        long accountId = data.path("accountId").asLong(-1);
        if (accountId < 0) {
            return;
        }
        String uid = Events.text(data, "uid");
        KnownUser user = users.lockById(accountId)
                .orElseGet(() -> users.save(new KnownUser(accountId, uid, clock.instant())));
        user.profileChanged(uid, Events.text(data, "nickname"), Events.text(data, "avatar"),
                Events.text(data, "bio"), clock.instant());
    }

    /** A relation between two accounts; none is recorded for an account that logged off. */
    private void relation(JsonNode data, String firstField, String secondField, String sql) {
        long first = data.path(firstField).asLong(-1);
        long second = data.path(secondField).asLong(-1);
        if (first < 0 || second < 0 || first == second || isErased(first) || isErased(second)) {
            return;
        }
        jdbc.update(sql, first, second);
    }

    private boolean isErased(long accountId) {
        return users.findById(accountId).map(KnownUser::erased).orElse(false);
    }
}
