package com.communitysuite.gateway.auth;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * account-service's revocations and account changes, applied on every gateway replica within moments: each replica reads the topic in
 * a consumer group of its own, starting far enough back to know every session revoked while a token could live.
 */
class AccountEventsListener implements ConsumerSeekAware {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AccountServiceClient accounts;
    private final RevokedSessions revokedSessions;
    private final Duration lookBack;

    AccountEventsListener(AccountServiceClient accounts, RevokedSessions revokedSessions, Duration lookBack) {
        this.accounts = accounts;
        this.revokedSessions = revokedSessions;
        this.lookBack = lookBack;
    }

    @KafkaListener(topics = "account-service.events", groupId = "#{'gateway-' + T(java.util.UUID).randomUUID()}")
    void on(String record) {
        JsonNode event;
        try {
            event = JSON.readTree(record);
        }
        catch (JacksonException e) {
            return;
        }
        JsonNode data = event.path("data");
        switch (event.path("type").asString("")) {
            case "account.token-session-revoked" -> revokedSessions.revoke(data.path("sessionId").asString());
            case "account.sessions-revoked", "account.logged-off", "account.status-changed", "account.logged-out" ->
                accounts.forgetSessionsOf(data.path("uid").asString());
            default -> {
            }
        }
        // Any change to an account (status, roles, consent, sessions) refreshes what the gateway knows of it.
        if (data.path("accountId").isIntegralNumber()) {
            accounts.forgetPrincipal(data.path("accountId").asLong());
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToTimestamp(assignments.keySet(), System.currentTimeMillis() - lookBack.toMillis());
    }
}
