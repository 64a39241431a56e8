package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.Covers;

import tools.jackson.databind.JsonNode;

/**
 * notification-service through the gateway: the app inbox and unread count after events, push devices bound by the
 * app and pushed to (the local profile's JPush stand-in writes {@code var/outbox/push.jsonl}). user-service does not
 * publish cards yet and club-room-service has no rooms yet, so this test publishes their contract events itself, as
 * they will ({@code contracts/events/}); account-service's events are the real ones.
 */
@ExtendWith(RunningSuite.class)
class NotificationIT {

    @Test
    @Covers({ "app GET /user/message", "app GET /user/message/unread_total" })
    void aNewUsersInboxIsEmptyAndBadPagingIsAnApp400(Suite suite) {
        AppUser user = suite.newAppUser();

        Gateway.Answer page = user.get("/user/message", Map.of("count", 10));
        Gateway.Answer unread = user.get("/user/message/unread_total");
        Gateway.Answer tooMany = user.get("/user/message", Map.of("count", 101));

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().get("status").asInt()).isEqualTo(1);
        assertThat(page.json().at("/result/page/count").asInt()).isEqualTo(10);
        assertThat(page.json().at("/result/list")).isEmpty();
        assertThat(unread.json().get("result").asInt()).isZero();
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("message").asString()).isEqualTo("Params Not Valid");
    }

    @Test
    @Covers({ "app GET /user/message", "app GET /user/message/unread_total", "app POST /push/{jPushId}" })
    void aCardAndARoomInviteReachTheInboxAndTheBoundDeviceAndListingReadsThem(Suite suite) throws Exception {
        AppUser receiver = suite.newAppUser();
        long receiverAccount = accountIdOf(suite, receiver.uid());
        String device = "e2e" + Suite.unique();
        Gateway.Answer bound = receiver.post("/push/" + device, Map.of());
        assertThat(bound.json().get("status").asInt()).as(bound.toString()).isEqualTo(1);
        String senderUid = UUID.randomUUID().toString().replace("-", "");
        String roomId = UUID.randomUUID().toString().replace("-", "");

        Instant sent = Instant.now();
        publish(suite, "user-service.events", receiver.uid(), envelope("card.sent", receiver.uid(), Map.of(
                "fromAccountId", 1_000_000_000L + Suite.unique(), "fromUid", senderUid, "fromNickname", "发卡人",
                "toAccountId", receiverAccount, "toUid", receiver.uid())));
        publish(suite, "club-room-service.events", roomId, envelope("room.invited", roomId, Map.of("roomId", roomId,
                "roomName", "周五夜聊", "inviterAccountId", 1_000_000_000L + Suite.unique(), "inviterUid", senderUid,
                "inviterNickname", "发卡人", "inviteeAccountId", receiverAccount, "inviteeUid", receiver.uid())));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> receiver.get("/user/message/unread_total").json().get("result").asInt() == 2);
        System.out.println("events to unread count through the gateway: "
                + Duration.between(sent, Instant.now()).toMillis() + " ms");
        JsonNode list = receiver.get("/user/message", Map.of("count", 10)).json().at("/result/list");
        assertThat(list).hasSize(2);
        JsonNode invite = list.get(0).get("userMessageResult");
        assertThat(invite.at("/messageBody/title").asString()).isEqualTo("发卡人邀请你加入活动");
        assertThat(invite.at("/messageBody/content").asString()).isEqualTo("周五夜聊");
        assertThat(invite.at("/messageBody/url").asString()).isEqualTo("chaoqer://room/" + roomId);
        assertThat(invite.get("originPushType").asInt()).isEqualTo(2);
        assertThat(invite.get("uid").asString()).isEqualTo(receiver.uid());
        assertThat(invite.get("unread").asInt()).isEqualTo(1);
        JsonNode card = list.get(1).get("userMessageResult");
        assertThat(card.at("/messageBody/content").asString()).isEqualTo("给你发送了一张名片");
        assertThat(card.at("/messageBody/url").asString()).isEqualTo("chaoqer://profile/" + senderUid);
        assertThat(receiver.get("/user/message/unread_total").json().get("result").asInt()).isZero();

        List<JsonNode> pushes = Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> suite.outboxMessages("push", device), found -> found.size() >= 2);
        assertThat(pushes).extracting(p -> p.get("url").asString()).containsExactlyInAnyOrder(
                "chaoqer://profile/" + senderUid, "chaoqer://room/" + roomId);
        assertThat(pushes).allSatisfy(p -> assertThat(p.get("platform").asString()).isEqualTo("ios"));
    }

    @Test
    @Covers("app POST /push/{jPushId}")
    void loggingOutUnbindsTheDeviceSoLaterMessagesAreNotPushedToIt(Suite suite) throws Exception {
        AppUser user = suite.newAppUser();
        AppUser witness = suite.newAppUser();
        long account = accountIdOf(suite, user.uid());
        long witnessAccount = accountIdOf(suite, witness.uid());
        String device = "e2eout" + Suite.unique();
        String witnessDevice = "e2ewitness" + Suite.unique();
        assertThat(user.post("/push/update/" + device, Map.of()).json().get("status").asInt()).isEqualTo(1);
        assertThat(witness.post("/push/" + witnessDevice, Map.of()).json().get("status").asInt()).isEqualTo(1);
        assertThat(user.post("/account/logout", Map.of()).json().get("message").asString()).isEqualTo("退出成功");
        // Once a message published after the sign-out on its partition is delivered, the sign-out was applied.
        awaitEvent(suite, "account.sessions-revoked", user.uid(), "logout");
        String marker = "+86100" + String.format("%08d", Suite.unique() % 100_000_000);
        publish(suite, "account-service.events", user.uid(), envelope("account.message-requested", marker, Map.of(
                "channel", "sms", "to", marker, "template", "captcha", "code", "000000", "body", "marker")));
        suite.awaitOutboxMessage("sms", marker);

        // One key, so one partition: the witness's card is handled after the logged-out user's.
        String key = "e2e-order-" + Suite.unique();
        publish(suite, "user-service.events", key, envelope("card.sent", key, Map.of("fromAccountId",
                1_000_000_000L + Suite.unique(), "fromUid", "f" + Suite.unique(), "fromNickname", "某人",
                "toAccountId", account, "toUid", user.uid())));
        publish(suite, "user-service.events", key, envelope("card.sent", key, Map.of("fromAccountId",
                1_000_000_000L + Suite.unique(), "fromUid", "f" + Suite.unique(), "fromNickname", "某人",
                "toAccountId", witnessAccount, "toUid", witness.uid())));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !suite.outboxMessages("push", witnessDevice)
                .isEmpty());
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> suite.outboxMessages("push", device).isEmpty());
    }

    /** The account id account-service announced for the uid (account.registered), as other services learn it. */
    private static long accountIdOf(Suite suite, String uid) {
        return awaitEvent(suite, "account.registered", uid, null).at("/data/accountId").asLong();
    }

    /** An event of the type (and reason, if given) account-service published about the uid, once it is on the topic. */
    private static JsonNode awaitEvent(Suite suite, String type, String uid, String reason) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of("account-service.events"));
            JsonNode[] found = { null };
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                    JsonNode event = Gateway.JSON.readTree(record.value());
                    if (event.path("type").asString().equals(type) && event.at("/data/uid").asString().equals(uid)
                            && (reason == null || event.at("/data/reason").asString().equals(reason))) {
                        found[0] = event;
                    }
                });
                return found[0] != null;
            });
            return found[0];
        }
    }

    private static String envelope(String type, String aggregateId, Map<String, ?> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("actorId", null);
        envelope.put("aggregateId", aggregateId);
        envelope.put("data", data);
        return Gateway.JSON.writeValueAsString(envelope);
    }

    private static void publish(Suite suite, String topic, String key, String value) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
