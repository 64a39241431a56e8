package com.communitysuite.notification.support;

import com.communitysuite.platform.events.EventEnvelope;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event's {@code data} into a consumer's own record. Fields the record does not name are ignored (a
 * publisher may add fields); a field the record needs and the event lacks fails, so the record is retried and then
 * dead-lettered for an operator instead of being half-applied.
 */
public final class EventData {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private EventData() {
    }

    public static <T> T decode(EventEnvelope event, Class<T> type) {
        try {
            return JSON.treeToValue(event.data(), type);
        }
        catch (JacksonException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " cannot be read: "
                    + e.getOriginalMessage());
        }
    }

    /** A field the consumer cannot do without. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new MalformedEventException("the event lacks " + field);
        }
        return value;
    }

    /** An event that does not keep its contract. */
    public static class MalformedEventException extends RuntimeException {

        public MalformedEventException(String message) {
            super(message);
        }
    }
}
