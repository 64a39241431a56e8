package com.communitysuite.platform.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A domain event as it travels on Kafka: {@code id}, {@code type} (for example {@code activity.approved}),
 * {@code occurredAt}, {@code actorId} (who caused it, null for the system), {@code aggregateId} (also the record
 * key) and the event's {@code data}.
 */
public record EventEnvelope(UUID id, String type, Instant occurredAt, String actorId, String aggregateId,
        JsonNode data) {
}
