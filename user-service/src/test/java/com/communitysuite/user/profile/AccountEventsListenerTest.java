package com.communitysuite.user.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;

/** account-service's events, as they arrive on Kafka, shape the profiles; a redelivered event changes nothing. */
@ServiceIntegrationTest
class AccountEventsListenerTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    UserProfileRepository profiles;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewAccountGetsAProfileTheOwnerCanFillRevokedConsentResetsAndLogOffErasesIt() throws Exception {
        long accountId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        String uid = UUID.randomUUID().toString().replace("-", "");
        String registered = event("account.registered", uid,
                "{\"accountId\":" + accountId + ",\"uid\":\"" + uid + "\",\"nickname\":\"USER_" + uid.substring(0, 8) + "\"}");

        send(uid, registered);
        send(uid, registered);
        awaitTrue(() -> profiles.existsById(accountId));
        var profile = TestHttp.at(port).withIdentity(TestIdentities.bearer(SuiteIdentity.service("account-service"))).get("/internal/profiles/" + accountId).json();
        assertThat(profile.get("nickname").asString()).isEqualTo("USER_" + uid.substring(0, 8));
        assertThat(profile.get("level").asInt()).isEqualTo(1);
        assertThat(profile.get("activityLevel").asInt()).isEqualTo(1);

        send(uid, event("account.profile-submitted", uid, "{\"accountId\":" + accountId
                + ",\"nickname\":\"小明\",\"avatarUrl\":\"https://img.example/a.png\"}"));
        awaitTrue(() -> profiles.findById(accountId).map(p -> p.nickname().equals("小明")).orElse(false));

        jdbc.update("UPDATE user_profile SET level = 3, activity_level = 2, gitee_name = 'xm' WHERE account_id = ?",
                accountId);
        send(uid, event("account.privacy-consent-changed", uid, "{\"accountId\":" + accountId
                + ",\"agreed\":false}"));
        awaitTrue(() -> profiles.findById(accountId).map(p -> p.level() == 1 && p.activityLevel() == 1
                && p.giteeName() == null).orElse(false));

        send(uid, event("account.logged-off", uid, "{\"accountId\":" + accountId + ",\"uid\":\"" + uid + "\"}"));
        awaitTrue(() -> !profiles.existsById(accountId));
        assertThat(TestHttp.at(port).withIdentity(TestIdentities.bearer(SuiteIdentity.service("account-service"))).get("/internal/profiles/" + accountId).status()).isEqualTo(404);
    }

    private void send(String key, String value) throws Exception {
        kafka.send("account-service.events", key, value).get();
    }

    private static String event(String type, String uid, String data) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + Instant.now()
                + "\",\"actorId\":\"" + uid + "\",\"aggregateId\":\"" + uid + "\",\"data\":" + data + "}";
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(100);
        }
    }
}
