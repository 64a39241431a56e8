package com.communitysuite.platform.events;

import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Records a domain event in the outbox, inside the caller's transaction: the event exists exactly when the change it
 * describes was committed. The relay sends it to Kafka after the commit.
 */
public class DomainEvents {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TraceHeaders traceHeaders;
    private final OutboxRelay relay;
    private final String topic;
    private final Clock clock;

    public DomainEvents(JdbcTemplate jdbc, ObjectMapper json, TraceHeaders traceHeaders, OutboxRelay relay,
            String topic, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.traceHeaders = traceHeaders;
        this.relay = relay;
        this.topic = topic;
        this.clock = clock;
    }

    /**
     * Records a typed event: its type from {@link EventType}, its record's components as {@code data}.
     *
     * @throws IllegalStateException when called outside a transaction
     */
    public EventEnvelope publish(DomainEvent event) {
        return publish(DomainEvent.typeOf(event.getClass()), event.aggregateId(), event.actorId(), event);
    }

    /**
     * The untyped form underneath {@link #publish(DomainEvent)}, for the events library's own tests; services
     * publish typed records.
     *
     * @param actorId the user who caused the event, or null for the system
     * @param data    the event's content, serialised as JSON
     * @throws IllegalStateException when called outside a transaction
     */
    public EventEnvelope publish(String type, String aggregateId, String actorId, Object data) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Domain events are recorded inside the transaction of their change");
        }
        JsonNode payloadData = json.valueToTree(data);
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type, clock.instant(), actorId, aggregateId,
                payloadData);
        jdbc.update("INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, payload, headers)"
                + " VALUES (?, ?, ?, ?, ?, ?)", event.id(), topic, aggregateId, type,
                json.writeValueAsString(event), json.writeValueAsString(traceHeaders.current()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return event;
    }

    public String topic() {
        return topic;
    }
}
