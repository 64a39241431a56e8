package com.communitysuite.user;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What user-service put on its topic, read from the embedded broker: the events a test's change published. */
public final class PublishedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PublishedEvents() {
    }

    /** The event of the type matching the condition on its {@code data}, waiting for the relay to send it. */
    public static JsonNode await(String bootstrapServers, String type, Predicate<JsonNode> data) {
        List<JsonNode> seen = new CopyOnWriteArrayList<>();
        Properties properties = new Properties();
        properties.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of("user-service.events"));
            return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (event.path("type").asString().equals(type) && data.test(event.get("data"))) {
                        seen.add(event);
                    }
                }
                return seen.isEmpty() ? null : seen.get(0);
            }, event -> event != null);
        }
    }
}
