package com.communitysuite.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import com.communitysuite.platform.test.EmbeddedInfrastructureInitializer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = EventsTestApplication.class)
@ActiveProfiles("test")
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class OutboxRelayEmbeddedTest extends OutboxRelayContract {

    @Test
    void twoReplicasRelayingAtOnceKeepEachAggregatesEventsInOrder() throws Exception {
        OutboxRelay secondReplica = new OutboxRelay(jdbc, new TransactionTemplate(transactionManager),
                new KafkaTemplate<>(producerFactory), JsonMapper.builder().build(), properties,
                new SimpleMeterRegistry());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> relaying = pool.submit(() -> {
            while (writing.get()) {
                secondReplica.relayBatch();
            }
        });
        List<String> aggregates = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            aggregates.add("ordered-" + UUID.randomUUID());
        }
        int perAggregate = 30;
        for (int i = 0; i < perAggregate; i++) {
            for (String aggregate : aggregates) {
                int sequence = i;
                transactions.execute(s -> events.publish("test.step", aggregate, null, Map.of("sequence", sequence)));
            }
        }
        writing.set(false);
        relaying.get(30, TimeUnit.SECONDS);
        pool.shutdown();

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrapServers, TOPIC,
                r -> aggregates.stream().allMatch(a -> TopicReader.withKey(r, a).size() >= perAggregate),
                Duration.ofSeconds(30));

        var json = JsonMapper.builder().build();
        for (String aggregate : aggregates) {
            List<Integer> sequences = TopicReader.withKey(records, aggregate).stream()
                    .map(r -> json.readTree(r.value()).get("data").get("sequence").asInt())
                    .toList();
            assertThat(sequences).as("events of %s", aggregate).hasSize(perAggregate).isSorted();
        }
    }
}
