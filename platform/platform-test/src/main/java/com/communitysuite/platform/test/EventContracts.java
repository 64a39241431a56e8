package com.communitysuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events services exchange, tested from both sides against one example per event type:
 * {@code contracts/events/<publisher>/<type>.json} at the top of the repository holds an example of the event's
 * {@code data}. The publisher's test checks that the JSON its record is written as carries every field of the example
 * with a value of the same kind; each consumer's test feeds the example to its listener, so a field a consumer reads
 * and the publisher stopped writing fails a build.
 */
public final class EventContracts {

    /** Written as the events library writes event data (platform-events' {@code EVENT_JSON}: modules found). */
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private EventContracts() {
    }

    /** The example {@code data} of an event type. */
    public static JsonNode example(String publisher, String type) {
        Path file = contractsDirectory().resolve(publisher).resolve(type + ".json");
        try {
            return JSON.readTree(Files.readString(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException("no contract for " + type + " of " + publisher + " at " + file, e);
        }
    }

    /** Asserts that the event record, written as JSON, carries every field of the example with a value of its kind. */
    public static void assertCarries(String publisher, String type, Object event) {
        JsonNode written = JSON.valueToTree(event);
        List<String> problems = new ArrayList<>();
        compare("", example(publisher, type), written, problems);
        assertThat(problems).as("%s of %s written as %s", type, publisher, written).isEmpty();
    }

    /**
     * A whole envelope, as the relay puts it on Kafka, around the example data: what a consumer's test hands its
     * listener.
     */
    public static String envelope(String publisher, String type, String aggregateId, String actorId) {
        return envelope(type, aggregateId, actorId, example(publisher, type));
    }

    /** An envelope around the given data (an example changed for one test). */
    public static String envelope(String type, String aggregateId, String actorId, JsonNode data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", type);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("actorId", actorId);
        envelope.put("aggregateId", aggregateId);
        envelope.put("data", data);
        return JSON.writeValueAsString(envelope);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        if (expected.isNull()) {
            return;
        }
        if (actual == null || actual.isMissingNode()) {
            problems.add(path + " is missing");
            return;
        }
        if (actual.isNull()) {
            // A value the example has may be absent in one event (an optional field), but then it is null, not gone.
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(path + " is not an object");
                return;
            }
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), problems);
            }
        }
        else if (expected.isArray()) {
            if (!actual.isArray()) {
                problems.add(path + " is not an array");
            }
            else if (!expected.isEmpty() && !actual.isEmpty()) {
                compare(path + "[0]", expected.get(0), actual.get(0), problems);
            }
        }
        else if (expected.isNumber() != actual.isNumber() || expected.isString() != actual.isString()
                || expected.isBoolean() != actual.isBoolean()) {
            problems.add(path + " is " + actual.getNodeType() + ", the contract has " + expected.getNodeType());
        }
    }

    private static Path contractsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path contracts = dir.resolve("contracts").resolve("events");
            if (Files.isDirectory(contracts)) {
                return contracts;
            }
        }
        throw new IllegalStateException("no contracts/events directory above " + Path.of("").toAbsolutePath());
    }
}
