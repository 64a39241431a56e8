package com.communitysuite.clubroom.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The events this service published, as they arrived on {@code club-room-service.events}. */
public final class PublishedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOPIC = "club-room-service.events";

    private final String bootstrapServers;

    PublishedEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * The envelopes of the given type and aggregate (any, when null), read from the beginning until {@code done} holds
     * of them.
     */
    public List<JsonNode> await(String type, String aggregateId, Predicate<List<JsonNode>> done) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!done.test(found)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no " + type + " of " + aggregateId + " matched; found " + found);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    JsonNode envelope = JSON.readTree(record.value());
                    if (type.equals(envelope.path("type").asString())
                            && (aggregateId == null || aggregateId.equals(record.key()))) {
                        found.add(envelope);
                    }
                });
            }
        }
        return found;
    }

    /** The newest envelope of the given type whose data matches. */
    public JsonNode awaitEnvelope(String type, Predicate<JsonNode> matching) {
        List<JsonNode> envelopes = await(type, null, list -> list.stream().anyMatch(e -> matching.test(e.get("data"))));
        return envelopes.stream().filter(e -> matching.test(e.get("data"))).reduce((a, b) -> b).orElseThrow();
    }
}
