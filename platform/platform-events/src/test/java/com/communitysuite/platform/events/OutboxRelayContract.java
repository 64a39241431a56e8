package com.communitysuite.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaProducerException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
    @Autowired
    OutboxRelay relay;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProducerFactory<String, String> producerFactory;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EventsProperties properties;
    @Autowired
    MeterRegistry meters;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The statement README's "Events" section gives operators to re-queue a parked event. */
    private static final String REQUEUE_PARKED_EVENT = """
            WITH requeued AS (DELETE FROM outbox_event_parked WHERE event_id = '<event id>'
                RETURNING event_id, topic, aggregate_id, event_type, payload, headers, created_at)
            INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, payload, headers, created_at)
            SELECT * FROM requeued
            """;

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

    /**
     * The interleaving of the issue: T1 takes a position and stays open, T2 takes the next one and commits, the relay
     * reads and sends T2's event, T1 commits while that send is under way (between the relay's read and its clean-up),
     * and the relay runs again. The clean-up of the first batch must not take T1's unsent event with it.
     */
    @Test
    void anEventCommittedWhileTheRelaySendsALaterOneIsRelayedByTheNextBatch() throws Exception {
        String slowAggregate = "slow-" + UUID.randomUUID();
        String fastAggregate = "fast-" + UUID.randomUUID();
        UUID slow = UUID.randomUUID();
        UUID fast = UUID.randomUUID();
        withTheRelayThreadStopped(() -> {
            try (Connection t1 = dataSource.getConnection(); Connection t2 = dataSource.getConnection()) {
                t1.setAutoCommit(false);
                t2.setAutoCommit(false);
                insertEvent(t1, slow, slowAggregate, TOPIC);
                insertEvent(t2, fast, fastAggregate, TOPIC);
                t2.commit();
                assertThat(positionOf(slow)).as("T1's row is not visible yet").isNull();

                AtomicBoolean t1Committed = new AtomicBoolean();
                OutboxRelay committingT1WhileSending = relaySendingWith(new KafkaTemplate<>(producerFactory) {
                    @Override
                    public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
                        if (t1Committed.compareAndSet(false, true)) {
                            commit(t1);
                        }
                        return super.send(record);
                    }
                });

                committingT1WhileSending.relayBatch();
                assertThat(t1Committed).isTrue();
                assertThat(positionOf(fast)).as("sent and acknowledged").isNull();
                assertThat(positionOf(slow)).as("committed during the batch, not sent by it").isNotNull();

                committingT1WhileSending.relayBatch();
                assertThat(positionOf(slow)).isNull();
            }
        });

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrapServers, TOPIC,
                r -> new HashSet<>(idsOf(r)).containsAll(List.of(slow, fast)), Duration.ofSeconds(20));
        assertThat(idsOf(TopicReader.withKey(records, slowAggregate))).containsExactly(slow);
        assertThat(idsOf(TopicReader.withKey(records, fastAggregate))).containsExactly(fast);
    }

    @Test
    void everyEventOfConcurrentWritersArrivesOnceAndInOrderPerAggregate() throws Exception {
        String run = "writers-" + UUID.randomUUID() + "-";
        int writers = 8;
        int eventsPerWriter = 500;
        int aggregatesPerWriter = 3;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<UUID>>> writing = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String writer = run + w + "-";
            writing.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int[] nextSequence = new int[aggregatesPerWriter];
                List<UUID> written = new ArrayList<>(eventsPerWriter);
                for (int i = 0; i < eventsPerWriter; i++) {
                    int a = random.nextInt(aggregatesPerWriter);
                    int sequence = nextSequence[a]++;
                    written.add(transactions.execute(s -> {
                        UUID id = events.publish("test.step", writer + a, null, Map.of("sequence", sequence)).id();
                        // Holds the event's position uncommitted while other writers commit later positions.
                        pauseMicros(random.nextInt(2000));
                        return id;
                    }));
                }
                return written;
            }));
        }
        List<UUID> written = new ArrayList<>();
        for (Future<List<UUID>> writer : writing) {
            written.addAll(writer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrapServers, TOPIC,
                r -> new HashSet<>(idsOf(withKeyPrefix(r, run))).containsAll(written), Duration.ofSeconds(40));

        List<ConsumerRecord<String, String>> ours = withKeyPrefix(records, run);
        assertThat(idsOf(ours)).as("every event, none twice").hasSize(writers * eventsPerWriter)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
        Map<String, List<Integer>> sequencesByAggregate = ours.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, LinkedHashMap::new, Collectors.mapping(OutboxRelayContract::sequenceOf,
                        Collectors.toList())));
        assertThat(sequencesByAggregate).hasSize(writers * aggregatesPerWriter);
        sequencesByAggregate.forEach((aggregate, sequences) -> assertThat(sequences).as("events of %s", aggregate)
                .containsExactlyElementsOf(IntStream.range(0, sequences.size()).boxed().toList()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id LIKE ?", Long.class, run + "%")).isZero());
    }

    @Test
    void aRecordTheBrokerRefusesIsRetriedThenParkedAndLaterEventsOfItsAggregateWaitForThat() throws Exception {
        String aggregate = "poison-" + UUID.randomUUID();
        String bystander = "bystander-" + UUID.randomUUID();
        double parkedBefore = meters.get("outbox.events.parked").counter().count();
        List<UUID> sent = new ArrayList<>();
        UUID[] tooLarge = new UUID[1];
        withTheRelayThreadStopped(() -> {
            sent.add(publish(aggregate, Map.of("sequence", 0)));
            // Larger than the producer's max.request.size (1 MiB): Kafka refuses it every time.
            tooLarge[0] = publish(aggregate, Map.of("sequence", 1, "blob", "x".repeat(1_100_000)));
            UUID after = publish(aggregate, Map.of("sequence", 2));
            sent.add(after);
            UUID other = publish(bystander, Map.of("sequence", 0));

            for (int attempt = 1; attempt < properties.relayAttempts(); attempt++) {
                relay.relayBatch();
                assertThat(jdbc.queryForObject("SELECT attempts FROM outbox_event WHERE event_id = ?", Integer.class,
                        tooLarge[0])).isEqualTo(attempt);
                assertThat(positionOf(after)).as("waits behind the refused event of its aggregate").isNotNull();
                assertThat(positionOf(other)).as("another aggregate does not wait").isNull();
            }
            assertThat(jdbc.queryForObject("SELECT last_error FROM outbox_event WHERE event_id = ?", String.class,
                    tooLarge[0])).contains("RecordTooLargeException");

            relay.relayBatch();
            assertThat(positionOf(tooLarge[0])).isNull();
            assertThat(positionOf(after)).as("passes once the refused event is parked").isNull();
        });

        Map<String, Object> parked = jdbc.queryForMap("SELECT aggregate_id, event_type, attempts, last_error,"
                + " length(payload) AS payload_length FROM outbox_event_parked WHERE event_id = ?", tooLarge[0]);
        assertThat(parked).containsEntry("aggregate_id", aggregate).containsEntry("event_type", "test.step")
                .containsEntry("attempts", properties.relayAttempts());
        assertThat((String) parked.get("last_error")).contains("RecordTooLargeException");
        assertThat((Integer) parked.get("payload_length")).isGreaterThan(1_100_000);
        assertThat(meters.get("outbox.events.parked").counter().count()).isEqualTo(parkedBefore + 1);
        assertThat(meters.get("outbox.events.parked.rows").gauge().value()).isGreaterThanOrEqualTo(1);

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrapServers, TOPIC,
                r -> idsOf(TopicReader.withKey(r, aggregate)).containsAll(sent)
                        && !TopicReader.withKey(r, bystander).isEmpty(), Duration.ofSeconds(20));
        assertThat(idsOf(TopicReader.withKey(records, aggregate))).containsExactlyElementsOf(sent);
    }

    @Test
    void anEventForATopicThatCannotExistIsParkedAndAnOperatorCanRequeueItOnceFixed() throws Exception {
        String aggregate = "nowhere-" + UUID.randomUUID();
        UUID misdirected = UUID.randomUUID();
        withTheRelayThreadStopped(() -> {
            try (Connection connection = dataSource.getConnection()) {
                insertEvent(connection, misdirected, aggregate, "not a topic name!");
            }
            UUID healthy = publish("healthy-" + UUID.randomUUID(), Map.of());
            relay.relayBatch();
            assertThat(positionOf(healthy)).as("another aggregate does not wait").isNull();
            for (int attempt = 2; attempt <= properties.relayAttempts(); attempt++) {
                relay.relayBatch();
            }
            assertThat(positionOf(misdirected)).isNull();
        });
        assertThat(jdbc.queryForObject("SELECT last_error FROM outbox_event_parked WHERE event_id = ?", String.class,
                misdirected)).contains("InvalidTopicException");

        jdbc.update("UPDATE outbox_event_parked SET topic = ? WHERE event_id = ?", TOPIC, misdirected);
        assertThat(jdbc.update(REQUEUE_PARKED_EVENT.replace("'<event id>'", "?"), misdirected)).isEqualTo(1);

        List<ConsumerRecord<String, String>> records = TopicReader.readUntil(bootstrapServers, TOPIC,
                r -> !TopicReader.withKey(r, aggregate).isEmpty(), Duration.ofSeconds(20));
        assertThat(idsOf(TopicReader.withKey(records, aggregate))).containsExactly(misdirected);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event_parked WHERE event_id = ?", Long.class,
                misdirected)).isZero();
    }

    /**
     * A refusal the relay learns of only after it sent later events of the same aggregate (the broker's answer to an
     * earlier record of a pipelined batch): those later events stay in the outbox and are sent again after the refused
     * one goes through, so the aggregate's last event on the topic is its latest.
     */
    @Test
    void eventsSentBeforeAnEarlierOneOfTheirAggregateWasRefusedAreSentAgainAfterIt() throws Exception {
        String aggregate = "refused-late-" + UUID.randomUUID();
        AtomicBoolean refused = new AtomicBoolean();
        UUID[] ids = new UUID[2];
        withTheRelayThreadStopped(() -> {
            ids[0] = publish(aggregate, Map.of("sequence", 0));
            ids[1] = publish(aggregate, Map.of("sequence", 1));
            OutboxRelay refusingTheFirstOnce = relaySendingWith(new KafkaTemplate<>(producerFactory) {
                @Override
                public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
                    if (record.value().contains(ids[0].toString()) && refused.compareAndSet(false, true)) {
                        return CompletableFuture.supplyAsync(() -> {
                            throw new KafkaProducerException(record, "Failed to send",
                                    new RecordTooLargeException("refused by the broker"));
                        }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
                    }
                    return super.send(record);
                }
            });

            refusingTheFirstOnce.relayBatch();
            assertThat(jdbc.queryForObject("SELECT attempts FROM outbox_event WHERE event_id = ?", Integer.class,
                    ids[0])).isEqualTo(1);
            assertThat(positionOf(ids[1])).as("acknowledged, but its aggregate's earlier event is not").isNotNull();

            refusingTheFirstOnce.relayBatch();
            assertThat(positionOf(ids[0])).isNull();
            assertThat(positionOf(ids[1])).isNull();
        });

        List<ConsumerRecord<String, String>> records = TopicReader.withKey(TopicReader.readUntil(bootstrapServers,
                TOPIC, r -> TopicReader.withKey(r, aggregate).size() >= 3, Duration.ofSeconds(20)), aggregate);
        assertThat(idsOf(records)).containsExactly(ids[1], ids[0], ids[1]);
    }

    /** Runs a test with the application's relay thread stopped, so that the test decides when a batch runs. */
    void withTheRelayThreadStopped(ThrowingRunnable test) throws Exception {
        relay.stop();
        try {
            test.run();
        }
        finally {
            relay.start();
        }
    }

    OutboxRelay relaySendingWith(KafkaTemplate<String, String> kafka) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), kafka, JSON, properties,
                new SimpleMeterRegistry());
    }

    UUID publish(String aggregate, Map<String, Object> data) {
        return transactions.execute(s -> events.publish("test.step", aggregate, null, data)).id();
    }

    Long positionOf(UUID eventId) {
        return jdbc.query("SELECT position FROM outbox_event WHERE event_id = ?", rs -> rs.next() ? rs.getLong(1)
                : null, eventId);
    }

    static void insertEvent(Connection connection, UUID id, String aggregate, String topic) throws SQLException {
        EventEnvelope event = new EventEnvelope(id, "test.step", Instant.now(), null, aggregate,
                JSON.valueToTree(Map.of()));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event"
                + " (event_id, topic, aggregate_id, event_type, payload) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, topic);
            insert.setString(3, aggregate);
            insert.setString(4, event.type());
            insert.setString(5, JSON.writeValueAsString(event));
            insert.executeUpdate();
        }
    }

    static void commit(Connection connection) {
        try {
            connection.commit();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pauseMicros(long micros) {
        try {
            TimeUnit.MICROSECONDS.sleep(micros);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<UUID> idsOf(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> UUID.fromString(JSON.readTree(r.value()).get("id").asString())).toList();
    }

    static int sequenceOf(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value()).get("data").get("sequence").asInt();
    }

    static List<ConsumerRecord<String, String>> withKeyPrefix(List<ConsumerRecord<String, String>> records,
            String prefix) {
        return records.stream().filter(r -> r.key() != null && r.key().startsWith(prefix)).toList();
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
