package com.communitysuite.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The local stand-in's file: one JSON line per message, in the format account-service's captcha lines have. */
class LocalOutboxTest {

    @TempDir
    Path directory;

    @Test
    void aLineIsTheFieldsInTheirOrderThenTheTime() throws Exception {
        LocalOutbox outbox = new LocalOutbox(directory.resolve("outbox"),
                Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC));
        Map<String, Object> captcha = new LinkedHashMap<>();
        captcha.put("channel", "sms");
        captcha.put("to", "+8613900000000");
        captcha.put("template", "captcha");
        captcha.put("code", "123456");
        captcha.put("body", "您的验证码为123456，5分钟内有效，请勿泄露给他人。");

        outbox.append("sms", captcha);
        outbox.append("sms", captcha);

        List<String> lines = Files.readAllLines(directory.resolve("outbox").resolve("sms.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"channel\":\"sms\",\"to\":\"+8613900000000\",\"template\":\"captcha\","
                + "\"code\":\"123456\",\"body\":\"您的验证码为123456，5分钟内有效，请勿泄露给他人。\","
                + "\"at\":\"2026-12-03T08:00:00Z\"}");
    }

    @Test
    void theProdProfileRefusesEveryLocalStandIn() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatThrownBy(() -> LocalOutbox.refuseUnderProd(prod, "notification.sms.mode"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
        LocalOutbox.refuseUnderProd(new MockEnvironment(), "notification.sms.mode");
    }

    @Test
    void theWaitBetweenAttemptsDoublesUpToItsLimit() {
        DeliveryProperties properties = new DeliveryProperties(null, null, null, null, java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(30), null);

        assertThat(properties.backoffAfter(1)).hasSeconds(5);
        assertThat(properties.backoffAfter(2)).hasSeconds(10);
        assertThat(properties.backoffAfter(3)).hasSeconds(20);
        assertThat(properties.backoffAfter(4)).hasSeconds(30);
        assertThat(properties.backoffAfter(60)).hasSeconds(30);
    }
}
