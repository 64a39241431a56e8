package com.communitysuite.platform.events;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectMapper;

/**
 * Applies each event at most once per consumer name: the event id is recorded in {@code processed_event} in the same
 * transaction as the handler's changes, so a redelivery after a crash or a rebalance is recognised and skipped.
 */
public class IdempotentConsumer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /** Reads a record's value as an event envelope; a value that is not one fails, and so goes to the DLT. */
    public EventEnvelope parse(String recordValue) {
        return json.readValue(recordValue, EventEnvelope.class);
    }

    /**
     * @return true if the handler ran, false if this consumer had already processed the event
     */
    public boolean handleOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler) {
        Boolean handled = transactions.execute(status -> {
            int inserted = jdbc.update("INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING", consumer, event.id());
            if (inserted == 0) {
                return false;
            }
            handler.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(handled);
    }
}
