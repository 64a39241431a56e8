package com.communitysuite.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** What the outbox promises, run against whichever PostgreSQL and Kafka the subclass connects to. */
abstract class OutboxRelayContract {

    static final String TOPIC = "events-test.events";

    @Autowired
    DomainEvents events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdempotentConsumer idempotentConsumer;
    @Autowired
    EventsTestApplication.RecordingListener listener;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void eventIsPublishedAfterCommitKeyedByAggregateInTheEnvelopeShape() {
        String aggregate = "agg-" + UUID.randomUUID();
        EventEnvelope sent = transactions.execute(s -> events.publish("test.created", aggregate, "user-1",
                Map.of("title", "first")));

        List<ConsumerRecord<String, String>> records = TopicReader.withKey(TopicReader.readUntil(bootstrapServers,
                TOPIC, r -> !TopicReader.withKey(r, aggregate).isEmpty(), Duration.ofSeconds(20)), aggregate);

        assertThat(records).hasSize(1);
        var envelope = JsonMapper.builder().build().readTree(records.get(0).value());
        assertThat(envelope.get("id").asString()).isEqualTo(sent.id().toString());
        assertThat(envelope.get("type").asString()).isEqualTo("test.created");
        assertThat(envelope.get("actorId").asString()).isEqualTo("user-1");
        assertThat(envelope.get("aggregateId").asString()).isEqualTo(aggregate);
        assertThat(envelope.get("occurredAt").asString()).isNotBlank();
        assertThat(envelope.get("data").get("title").asString()).isEqualTo("first");
    }

    @Test
    void nothingIsPublishedForARolledBackChange() {
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String committed = "committed-" + UUID.randomUUID();
        transactions.executeWithoutResult(s -> {
            events.publish("test.created", rolledBack, null, Map.of());
            s.setRollbackOnly();
        });
        transactions.execute(s -> events.publish("test.created", committed, null, Map.of()));

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrapServers, TOPIC,
                r -> !TopicReader.withKey(r, committed).isEmpty(), Duration.ofSeconds(20));

        assertThat(TopicReader.withKey(records, committed)).hasSize(1);
        assertThat(TopicReader.withKey(records, rolledBack)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", Long.class,
                rolledBack)).isZero();
    }

    @Test
    void anEventNeedsTheTransactionOfItsChange() {
        assertThatThrownBy(() -> events.publish("test.created", "x", null, Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConsumerAppliesARedeliveredEventOnce() {
        EventEnvelope event = transactions.execute(s -> events.publish("test.counted", "agg-" + UUID.randomUUID(),
                null, Map.of()));
        int[] applied = { 0 };

        boolean first = idempotentConsumer.handleOnce("counter", event, e -> applied[0]++);
        boolean second = idempotentConsumer.handleOnce("counter", event, e -> applied[0]++);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(applied[0]).isEqualTo(1);
    }

    @Test
    void anEventThatKeepsFailingGoesToTheDeadLetterTopicAndTheNextOnesStillArrive() {
        String poisoned = "poisoned-" + UUID.randomUUID();
        String healthy = "healthy-" + UUID.randomUUID();
        transactions.execute(s -> events.publish(EventsTestApplication.POISON, poisoned, null, Map.of()));
        EventEnvelope after = transactions.execute(s -> events.publish("test.created", healthy, null, Map.of()));

        List<ConsumerRecord<String, String>> deadLetters = TopicReader.readUntil(bootstrapServers,
                TOPIC + EventsAutoConfiguration.DEAD_LETTER_SUFFIX,
                r -> !TopicReader.withKey(r, poisoned).isEmpty(), Duration.ofSeconds(30));

        assertThat(TopicReader.withKey(deadLetters, poisoned)).hasSize(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (listener.applied.stream().noneMatch(e -> e.id().equals(after.id())) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(listener.applied).extracting(EventEnvelope::id).contains(after.id());
    }
}
