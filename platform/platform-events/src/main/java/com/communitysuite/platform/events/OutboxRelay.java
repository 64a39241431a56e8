package com.communitysuite.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends committed outbox events to Kafka and deletes them once the broker has acknowledged them.
 * <p>
 * At least once and in order: a batch is read in position order, sent, and only the acknowledged prefix is deleted;
 * when the broker is down nothing is deleted and the batch is tried again. Several replicas of a service may run a
 * relay: a transaction-scoped PostgreSQL advisory lock lets one of them relay at a time, so two replicas never
 * interleave the events of one aggregate.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(OutboxRelay.class);
    /** Arbitrary but fixed: the advisory lock key all relays of one database agree on. */
    private static final long RELAY_LOCK_KEY = 0x6f7574626f78L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;
    private final EventsProperties properties;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            ObjectMapper json, EventsProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.published = Counter.builder("outbox.events.published").register(meters);
        this.failures = Counter.builder("outbox.relay.failures").register(meters);
        Gauge.builder("outbox.events.pending", this, OutboxRelay::pendingOrNegative).register(meters);
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
            List<OutboxRow> rows = jdbc.query("SELECT position, topic, aggregate_id, payload, headers FROM outbox_event"
                    + " ORDER BY position LIMIT ?", (rs, i) -> new OutboxRow(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)), properties.batchSize());
            if (rows.isEmpty()) {
                return 0;
            }
            long acknowledgedUpTo = send(rows);
            if (acknowledgedUpTo < 0) {
                return 0;
            }
            return jdbc.update("DELETE FROM outbox_event WHERE position <= ?", acknowledgedUpTo);
        });
        int count = relayed == null ? 0 : relayed;
        published.increment(count);
        return count;
    }

    /** @return the position of the last event of the acknowledged prefix, or -1 if the first was not acknowledged */
    private long send(List<OutboxRow> rows) {
        List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.aggregateId(), row.payload());
            headersOf(row).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            sends.add(kafka.send(record));
        }
        long acknowledgedUpTo = -1;
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (int i = 0; i < rows.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledgedUpTo = rows.get(i).position();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            catch (ExecutionException | TimeoutException e) {
                failures.increment();
                log.warn("Kafka did not take outbox event at position " + rows.get(i).position()
                        + "; it stays in the outbox and is sent again: " + e);
                break;
            }
        }
        return acknowledgedUpTo;
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

    private double pendingOrNegative() {
        try {
            Long pending = jdbc.queryForObject("SELECT count(*) FROM outbox_event", Long.class);
            return pending == null ? 0 : pending;
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

    private record OutboxRow(long position, String topic, String aggregateId, String payload, String headers) {
    }
}
