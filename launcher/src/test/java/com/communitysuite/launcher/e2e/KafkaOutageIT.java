package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The Kafka broker is down for a minute while users keep writing: every write succeeds (its events wait in the
 * service's outbox), and once the broker is back every event reaches its consumer exactly once: each card sent
 * during the outage is one inbox message of its receiver, none lost, none twice. Runs after the domain tests, as the
 * outage would disturb them.
 */
@ExtendWith(RunningSuite.class)
@Order(Integer.MAX_VALUE - 3)
class KafkaOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final int SENDERS = 8;

    @Test
    void writesDuringABrokerOutageAreDeliveredOnceEachWhenItReturns(Suite suite) {
        AppUser receiver = suite.newAppUser();
        receiver.post("/user/profile/init", Map.of("nickname", "收卡人", "avatar", "https://cdn.example/r.jpg"));
        List<AppUser> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            AppUser sender = suite.newAppUser();
            sender.post("/user/profile/init", Map.of("nickname", "发卡人" + i, "avatar", "https://cdn.example/s.jpg"));
            senders.add(sender);
        }
        int unreadBefore = receiver.get("/user/message/unread_total").json().get("result").asInt();

        Instant stopped = Instant.now();
        suite.runner().stopKafka();
        try {
            for (AppUser sender : senders) {
                Gateway.Answer sent = sender.post("/user/" + receiver.uid() + "/card", Map.of());
                assertThat(sent.status()).as("a write while the broker is down: " + sent).isEqualTo(200);
                assertThat(sent.json().get("status").asInt()).as(sent.toString()).isEqualTo(1);
            }
            JsonNode cards = receiver.get("/user/card", Map.of("count", 20)).json().get("result");
            assertThat(cards.get("list")).as("reads need no broker: " + cards).hasSize(SENDERS);
            Awaitility.await().atMost(OUTAGE.plusSeconds(5)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0);
        }
        finally {
            suite.runner().startKafka();
        }

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> receiver.get("/user/message/unread_total").json().get("result").asInt()
                        >= unreadBefore + SENDERS);
        JsonNode inbox = receiver.get("/user/message", Map.of("count", 50)).json().at("/result/list");
        List<String> from = new ArrayList<>();
        inbox.forEach(m -> from.add(m.at("/userMessageResult/messageBody/url").asString()));
        assertThat(from).as("each card once").containsExactlyInAnyOrderElementsOf(
                senders.stream().map(s -> "chaoqer://profile/" + s.uid()).toList());
    }
}
