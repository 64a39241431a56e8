package com.communitysuite.user.profile;

import java.time.Clock;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

import tools.jackson.databind.JsonNode;

/**
 * Keeps profiles in step with accounts: a profile for each new account, the WeChat nickname and avatar a campus
 * user submits, levels reset when privacy consent is withdrawn, and nothing left of a user who logged off.
 */
@Component
class AccountEventsListener {

    static final String CONSUMER = "user-service.profiles";

    private final IdempotentConsumer consumer;
    private final UserProfileRepository profiles;
    private final Clock clock;

    AccountEventsListener(IdempotentConsumer consumer, UserProfileRepository profiles, Clock clock) {
        this.consumer = consumer;
        this.profiles = profiles;
        this.clock = clock;
    }

    @KafkaListener(topics = "account-service.events", groupId = "user-service.profiles")
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
            case "account.registered" -> {
                if (!profiles.existsById(accountId)) {
                    String uid = data.path("uid").asString();
                    String nickname = data.path("nickname").asString("USER_" + uid.substring(0, 8));
                    profiles.save(new UserProfile(accountId, uid, nickname, clock.instant()));
                }
            }
            case "account.profile-submitted" -> profiles.findById(accountId).ifPresent(profile -> profile.submitted(
                    text(data, "nickname"), text(data, "avatarUrl"), clock.instant()));
            case "account.privacy-consent-changed" -> {
                if (!data.path("agreed").asBoolean(true)) {
                    profiles.findById(accountId).ifPresent(profile -> profile.consentRevoked(clock.instant()));
                }
            }
            case "account.logged-off" -> profiles.deleteById(accountId);
            default -> {
            }
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
