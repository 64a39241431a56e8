package com.communitysuite.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/** Messages per field, in the order they were found; the shape every surface names bad fields with. */
public final class FieldErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public static FieldErrors of(String field, String message) {
        return new FieldErrors().add(field, message);
    }

    public FieldErrors add(String field, String message) {
        byField.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(byField);
    }

    /** "field: message" of the first error, for surfaces whose errors carry one text. */
    public String firstAsText() {
        return byField.entrySet().stream()
                .findFirst()
                .map(e -> e.getKey() + ": " + e.getValue().get(0))
                .orElse("");
    }
}
