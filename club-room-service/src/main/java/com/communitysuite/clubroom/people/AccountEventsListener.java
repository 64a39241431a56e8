package com.communitysuite.clubroom.people;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

import tools.jackson.databind.JsonNode;

/**
 * account-service's events: a new account becomes known with its first nickname, a verified e-mail is shown on
 * campus, and an account that logged off is erased here (its copy, its blocks and cards, and through
 * {@link AccountErased} whatever the features hold of it).
 */
@Component
class AccountEventsListener {

    static final String CONSUMER = "club-room-service.accounts";

    private final IdempotentConsumer consumer;
    private final KnownUserRepository users;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher features;
    private final Clock clock;

    AccountEventsListener(IdempotentConsumer consumer, KnownUserRepository users, JdbcTemplate jdbc,
            ApplicationEventPublisher features, Clock clock) {
        this.consumer = consumer;
        this.users = users;
        this.jdbc = jdbc;
        this.features = features;
        this.clock = clock;
    }

    @KafkaListener(topics = "account-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        JsonNode data = event.data();
        long accountId = data.path("accountId").asLong(-1);
        if (accountId < 0) {
            return;
        }
        switch (event.type()) {
            case "account.registered" -> user(accountId, Events.text(data, "uid"))
                    .registered(Events.text(data, "uid"), Events.text(data, "nickname"), clock.instant());
            case "account.email-verified" -> user(accountId, null).emailVerified(Events.text(data, "email"),
                    clock.instant());
            case "account.logged-off" -> erase(accountId, Events.text(data, "uid"));
            default -> {
            }
        }
    }

    private void erase(long accountId, String uid) {
        KnownUser user = user(accountId, uid);
        boolean alreadyErased = user.erased();
        user.erase(clock.instant());
        jdbc.update("DELETE FROM user_block_copy WHERE blocker_account_id = ? OR blocked_account_id = ?", accountId,
                accountId);
        jdbc.update("DELETE FROM business_card_copy WHERE from_account_id = ? OR to_account_id = ?", accountId,
                accountId);
        if (!alreadyErased) {
            features.publishEvent(new AccountErased(accountId, uid));
        }
    }

    private KnownUser user(long accountId, String uid) {
        return users.lockById(accountId).orElseGet(() -> users.save(new KnownUser(accountId, uid, clock.instant())));
    }
}
