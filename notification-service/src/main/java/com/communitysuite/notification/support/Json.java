package com.communitysuite.notification.support;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How this service writes and reads its own JSON (delivery payloads, outbox lines, adapter bodies). */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(JsonNode node) {
        return MAPPER.convertValue(node, Map.class);
    }
}
