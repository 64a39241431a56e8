package com.communitysuite.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends committed outbox events to Kafka and deletes each one the broker acknowledged.
 * <p>
 * At least once and in order per aggregate. A batch is read in position order and sent; then exactly the rows the broker
 * acknowledged are deleted, by position. Positions come from a sequence when a row is inserted, not when its
 * transaction commits, so a row with a lower position may become visible after the batch was read: it is sent by a
 * later batch. Within a batch, once an event of an aggregate is not acknowledged, its aggregate's later events stay in
 * the outbox too (a later one that reached the broker anyway is sent again after it), and an event that was refused
 * before is sent alone, its aggregate's later events following only once it was acknowledged. Several replicas of a service may run a relay: a transaction-scoped PostgreSQL advisory lock lets one of them
 * relay at a time, so two replicas never interleave the events of one aggregate.
 * <p>
 * Why an aggregate's earlier event cannot become visible after a later one of it was sent: this rests on changes to one
 * aggregate serialising on its row. A transaction that changes an aggregate takes that row's lock (or checks its
 * optimistic version) and records its event in the same transaction; a second transaction on the same aggregate
 * waits for the first one's commit and records its event afterwards, so with a higher position, or fails on the
 * version and records nothing. One aggregate's events therefore commit in position order. An event recorded without
 * changing its aggregate's row has no such guarantee against a concurrent one; two transactions that do not overlap
 * are always positioned in commit order.
 * <p>
 * A record the broker refuses (too large, a topic that cannot exist) counts in the row's {@code attempts}, with the
 * refusal in {@code last_error}, and its aggregate's later events wait behind it; after
 * {@link EventsProperties#relayAttempts()} refusals the row is moved to
 * {@code outbox_event_parked} and its aggregate's later events go on without it (logged as an error and counted in
 * {@code outbox.events.parked}): an operator has to look at a parked event anyway, and holding every later event of
 * its aggregate until then would stall the service's consumers instead. A broker that cannot be reached or answers
 * too late refuses nothing: the events stay, uncounted, and are sent again.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock key all relays of one database agree on. */
    private static final long RELAY_LOCK_KEY = 0x6f7574626f78L;
    /** Errors that are about the record itself: sending the same record again cannot succeed. */
    private static final List<Class<? extends Throwable>> REFUSALS = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, InvalidRecordException.class,
            SerializationException.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;
    private final EventsProperties properties;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter failures;
    private final Counter parked;
    private volatile boolean running;
    private Thread worker;

    /**
     * @param kafka a template of the relay's own: the relay reports failed sends itself (one line per batch, without
     *              payloads), so it replaces the template's listener, which would log each failed record
     */
    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            ObjectMapper json, EventsProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        kafka.setProducerListener(new ProducerListener<>() {
        });
        this.json = json;
        this.properties = properties;
        this.published = Counter.builder("outbox.events.published").register(meters);
        this.failures = Counter.builder("outbox.relay.failures").register(meters);
        this.parked = Counter.builder("outbox.events.parked")
                .description("outbox events the broker kept refusing, moved to outbox_event_parked").register(meters);
        Gauge.builder("outbox.events.pending", this, relay -> relay.countOrNegative("outbox_event")).register(meters);
        Gauge.builder("outbox.events.parked.rows", this, relay -> relay.countOrNegative("outbox_event_parked"))
                .description("parked outbox events waiting for an operator").register(meters);
    }

    /** Asks the relay to look for events now instead of at its next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * Relays one batch if this replica holds the relay lock.
     *
     * @return how many events were sent and deleted
     */
    public int relayBatch() {
        Integer relayed = transactions.execute(status -> {
            Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, RELAY_LOCK_KEY);
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxRow> rows = jdbc.query("SELECT position, event_id, topic, aggregate_id, event_type, payload,"
                    + " headers, attempts FROM outbox_event ORDER BY position LIMIT ?",
                    (rs, i) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)),
                    properties.batchSize());
            if (rows.isEmpty()) {
                return 0;
            }
            Outcome outcome = send(rows);
            if (!outcome.delivered.isEmpty()) {
                jdbc.update("DELETE FROM outbox_event WHERE position = ANY(?)",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", outcome.delivered.toArray())));
            }
            if (!outcome.refused.isEmpty()) {
                recordRefusals(outcome.refused);
            }
            if (outcome.unavailable != null) {
                log.warn("Kafka did not take outbox events; they stay in the outbox and are sent again: "
                        + outcome.unavailable);
            }
            if (outcome.unavailable != null || !outcome.refused.isEmpty()) {
                failures.increment();
            }
            return outcome.delivered.size();
        });
        int count = relayed == null ? 0 : relayed;
        published.increment(count);
        return count;
    }

    /**
     * Sends a batch in waves: a wave sends, in position order, every waiting event whose aggregate is not held back,
     * then waits for the broker's answers. An aggregate is held back for the rest of the wave behind an event that
     * failed before (it goes alone until it is through) or that failed at once; it is out of the batch once one of its
     * events is not acknowledged and stays in the outbox. The first wave usually sends the whole batch.
     */
    private Outcome send(List<OutboxRow> rows) {
        Outcome outcome = new Outcome();
        List<OutboxRow> waiting = new ArrayList<>(rows);
        Set<String> staying = new HashSet<>();
        while (outcome.unavailable == null && !waiting.isEmpty()) {
            List<Sending> wave = new ArrayList<>();
            Set<String> heldBack = new HashSet<>();
            for (Iterator<OutboxRow> next = waiting.iterator(); next.hasNext();) {
                OutboxRow row = next.next();
                if (staying.contains(row.aggregateId())) {
                    next.remove();
                    continue;
                }
                if (heldBack.contains(row.aggregateId())) {
                    continue;
                }
                next.remove();
                Sending sending = start(row);
                wave.add(sending);
                if (sending.failedAtOnce != null || row.attempts() > 0) {
                    heldBack.add(row.aggregateId());
                }
                if (sending.failedAtOnce != null && !isRefusal(sending.failedAtOnce)) {
                    // The broker cannot be reached (no metadata within the send timeout): the rest would wait as long.
                    break;
                }
            }
            settle(wave, staying, outcome);
        }
        return outcome;
    }

    private Sending start(OutboxRow row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
        headersOf(row).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            return new Sending(row, kafka.send(record), null);
        }
        catch (RuntimeException e) {
            // KafkaTemplate throws what the producer refused before sending: a record too large, an invalid topic.
            return new Sending(row, null, e);
        }
    }

    /** Waits for the wave's answers, at most the send timeout, and decides each row's fate in position order. */
    private void settle(List<Sending> wave, Set<String> staying, Outcome outcome) {
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (Sending sending : wave) {
            OutboxRow row = sending.row;
            Throwable failure = sending.await(deadline);
            if (failure == null) {
                if (staying.contains(row.aggregateId())) {
                    log.warn("Outbox event " + row.eventId() + " reached Kafka although an earlier event of aggregate "
                            + row.aggregateId() + " did not; it stays in the outbox and is sent again after that one");
                }
                else {
                    outcome.delivered.add(row.position());
                }
            }
            else if (isRefusal(failure)) {
                outcome.refused.add(new Refusal(row, refusalOf(failure).toString()));
                if (row.attempts() + 1 < properties.relayAttempts()) {
                    staying.add(row.aggregateId());
                }
            }
            else {
                if (outcome.unavailable == null) {
                    outcome.unavailable = failure;
                }
                staying.add(row.aggregateId());
            }
        }
    }

    /** Counts each refusal; moves the events refused too often to outbox_event_parked. One statement each. */
    private void recordRefusals(List<Refusal> refusals) {
        Long[] positions = refusals.stream().map(r -> r.row().position()).toArray(Long[]::new);
        String[] errors = refusals.stream().map(Refusal::error).toArray(String[]::new);
        jdbc.update("UPDATE outbox_event o SET attempts = o.attempts + 1, last_error = r.error"
                + " FROM unnest(?, ?) AS r(position, error) WHERE o.position = r.position", ps -> {
                    ps.setArray(1, ps.getConnection().createArrayOf("bigint", positions));
                    ps.setArray(2, ps.getConnection().createArrayOf("text", errors));
                });
        List<Refusal> parking = refusals.stream()
                .filter(r -> r.row().attempts() + 1 >= properties.relayAttempts()).toList();
        for (Refusal refusal : refusals) {
            OutboxRow row = refusal.row();
            if (!parking.contains(refusal)) {
                log.warn("Kafka refused outbox event " + row.eventId() + " (" + row.eventType() + ") of aggregate "
                        + row.aggregateId() + ", attempt " + (row.attempts() + 1) + " of "
                        + properties.relayAttempts() + "; the aggregate's later events wait for it: " + refusal.error());
            }
        }
        if (parking.isEmpty()) {
            return;
        }
        Long[] parkingPositions = parking.stream().map(r -> r.row().position()).toArray(Long[]::new);
        jdbc.update("WITH parked AS (DELETE FROM outbox_event WHERE position = ANY(?) RETURNING position, event_id,"
                + " topic, aggregate_id, event_type, payload, headers, created_at, attempts, last_error)"
                + " INSERT INTO outbox_event_parked (position, event_id, topic, aggregate_id, event_type, payload,"
                + " headers, created_at, attempts, last_error) SELECT * FROM parked",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", parkingPositions)));
        parked.increment(parking.size());
        for (Refusal refusal : parking) {
            OutboxRow row = refusal.row();
            log.error("Kafka refused outbox event " + row.eventId() + " (" + row.eventType() + ") of aggregate "
                    + row.aggregateId() + " " + properties.relayAttempts() + " times; it is parked in"
                    + " outbox_event_parked and the aggregate's later events are relayed without it: "
                    + refusal.error());
        }
    }

    private static boolean isRefusal(Throwable failure) {
        return refusalOf(failure) != null;
    }

    /** The refusal among a failure's causes (Spring and the futures wrap the producer's error), or null. */
    private static Throwable refusalOf(Throwable failure) {
        Throwable cause = failure;
        // Bounded: a cause chain may loop.
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            for (Class<? extends Throwable> refusal : REFUSALS) {
                if (refusal.isInstance(cause)) {
                    return cause;
                }
            }
        }
        return null;
    }

    private Map<String, String> headersOf(OutboxRow row) {
        try {
            return json.readValue(row.headers(), new TypeReference<Map<String, String>>() {
            });
        }
        catch (RuntimeException e) {
            return Map.of();
        }
    }

    private double countOrNegative(String table) {
        try {
            Long rows = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
            return rows == null ? 0 : rows;
        }
        catch (RuntimeException e) {
            return -1;
        }
    }

    private void loop() {
        while (running) {
            int relayed = 0;
            try {
                relayed = relayBatch();
            }
            catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                failures.increment();
                log.warn("Outbox relay failed; trying again: " + e);
            }
            if (relayed < properties.batchSize()) {
                try {
                    wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(properties.sendTimeout().toMillis() + 1000);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server and listeners, so events of the last requests still leave. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private record OutboxRow(long position, String eventId, String topic, String aggregateId, String eventType,
            String payload, String headers, int attempts) {
    }

    /** A record handed to the producer, or the error with which it was refused at once. */
    private record Sending(OutboxRow row, CompletableFuture<?> future, Throwable failedAtOnce) {

        /** @return null once the broker acknowledged the record, else why not (by the deadline) */
        Throwable await(long deadline) {
            if (failedAtOnce != null) {
                return failedAtOnce;
            }
            try {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return null;
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e;
            }
            catch (ExecutionException e) {
                return e.getCause() == null ? e : e.getCause();
            }
            catch (TimeoutException e) {
                return e;
            }
        }
    }

    private record Refusal(OutboxRow row, String error) {
    }

    /** What became of a batch: the rows to delete, the refusals to count, the first sign of an unreachable broker. */
    private static final class Outcome {
        final List<Long> delivered = new ArrayList<>();
        final List<Refusal> refused = new ArrayList<>();
        Throwable unavailable;
    }
}
