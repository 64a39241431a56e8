package com.communitysuite.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * The app surface's {@code sign}: the request's parameters except {@code sign}, sorted by key, each
 * {@code key=value}, joined by {@code $$$}, then {@code $$$accessSecret=<secret>}; the lower-case hex MD5 of that.
 * Scalars are their text (strings without quotes, numbers as sent, null as empty); arrays and objects are compact
 * JSON with object keys sorted, as the original server re-serialised them.
 */
public final class AppSignature {

    static final String DELIMITER = "$$$";

    private AppSignature() {
    }

    public static String sign(Map<String, String> parameters, String secret) {
        String joined = new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(DELIMITER));
        String input = (joined.isEmpty() ? "" : joined + DELIMITER) + "accessSecret=" + secret;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(input.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JVM", e);
        }
    }

    /** Compares in time independent of where they differ; the client's sign may be upper-case. */
    public static boolean matches(String expected, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON body field as it takes part in the sign. */
    public static String valueOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isObject() || node.isArray()) {
            StringBuilder json = new StringBuilder();
            writeCanonical(node, json);
            return json.toString();
        }
        return node.toString();
    }

    private static void writeCanonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                sorted.put(field.getKey(), field.getValue());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(field.getKey()).toString())
                        .append(':');
                writeCanonical(field.getValue(), out);
            }
            out.append('}');
        }
        else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeCanonical(node.get(i), out);
            }
            out.append(']');
        }
        else {
            out.append(node.toString());
        }
    }
}
