package com.communitysuite.notification.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.communitysuite.platform.test.EventContracts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Envelopes of the contract examples ({@code contracts/events/<publisher>/<type>.json}) as the publishers put them
 * on Kafka, with the fields a test needs changed (its own account ids, times).
 */
public final class Events {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Events() {
    }

    /** The example unchanged. */
    public static String example(String publisher, String type) {
        return EventContracts.envelope(publisher, type, "aggregate", (String) null);
    }

    /** The example with some fields replaced (values as Java objects: numbers, strings, lists, null). */
    public static String example(String publisher, String type, Map<String, ?> changes) {
        ObjectNode data = (ObjectNode) EventContracts.example(publisher, type).deepCopy();
        changes.forEach((field, value) -> data.set(field, JSON.valueToTree(value)));
        return EventContracts.envelope(type, "aggregate", null, data);
    }

    /** The example with some fields removed (an event that breaks its contract). */
    public static String exampleWithout(String publisher, String type, List<String> fields) {
        ObjectNode data = (ObjectNode) EventContracts.example(publisher, type).deepCopy();
        fields.forEach(data::remove);
        return EventContracts.envelope(type, "aggregate", null, data);
    }

    /** The envelope as if it had happened at {@code occurredAt} (tests move the service's clock). */
    public static String at(String envelope, java.time.Instant occurredAt) {
        ObjectNode node = (ObjectNode) JSON.readTree(envelope);
        node.put("occurredAt", occurredAt.toString());
        return JSON.writeValueAsString(node);
    }

    public static JsonNode data(String envelope) {
        return JSON.readTree(envelope).get("data");
    }

    /** An account id no other test uses. */
    public static long newAccountId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 4);
    }

    /** A 32-hex uid. */
    public static String newUid() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }
}
