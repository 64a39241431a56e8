package com.communitysuite.account.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages account-service asked to have delivered, read back from its topic as notification-service reads them:
 * the newest {@code account.message-requested} to a recipient.
 */
public final class SentMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SentMessages() {
    }

    /** The newest message's {@code data} to the recipient (a {@code +86...} number or an e-mail address). */
    public static JsonNode newestTo(String bootstrapServers, String recipient) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> read(bootstrapServers, recipient), Optional::isPresent).orElseThrow();
    }

    private static Optional<JsonNode> read(String bootstrapServers, String recipient) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor("account-service.events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            JsonNode newest = null;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (recipient.equals(record.key())
                            && "account.message-requested".equals(event.path("type").asString())) {
                        newest = event.get("data");
                    }
                }
            }
            return Optional.ofNullable(newest);
        }
    }
}
