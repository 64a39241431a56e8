package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/** The OpenAPI documents the gateway serves at /docs, and how their paths compare with the conformance table's. */
final class OpenApiDocuments {

    static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private OpenApiDocuments() {
    }

    /**
     * Every document the UI lists, by its URL, as the gateway serves it (also kept in {@code target/openapi/}, to
     * read or to hand to a client generator); a surface a service lacks is absent.
     */
    static Map<String, JsonNode> served(Gateway gateway) {
        Gateway.Answer config = gateway.get("/docs/api-docs/swagger-config");
        assertThat(config.status()).as(config.toString()).isEqualTo(200);
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (JsonNode entry : config.json().path("urls")) {
            String url = entry.path("url").asString();
            Gateway.Answer document = gateway.get(url);
            if (document.status() == 200) {
                documents.put(url, document.json());
                keep(url, document.body());
            }
            else {
                // A service not (yet) serving one of its surfaces has no group for it; any other answer is a fault.
                assertThat(document.status()).as(url + " " + document).isEqualTo(404);
            }
        }
        return documents;
    }

    /** The surface a document describes: the last segment of its URL ({@code /docs/api/user/mp}). */
    static String surfaceOf(String documentUrl) {
        return documentUrl.substring(documentUrl.lastIndexOf('/') + 1);
    }

    /**
     * A documented "METHOD /a/b/c" is described by "METHOD /a/{}/c" or "METHOD /a/b/c": a variable segment in the
     * service's mapping may stand for a literal one in the document (campus's {@code /campus/users/...} lists).
     */
    static boolean matches(String described, String wanted) {
        String[] d = described.split("/", -1);
        String[] w = wanted.split("/", -1);
        if (d.length != w.length) {
            return false;
        }
        for (int i = 0; i < d.length; i++) {
            if (!d[i].equals(w[i]) && !(d[i].equals("{}") && !w[i].isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /** Path variables as {@code {}}, without a trailing slash (both are served). */
    static String template(String path) {
        String variables = List.of(path.split("/", -1)).stream()
                .map(segment -> segment.startsWith("{") && segment.endsWith("}") ? "{}" : segment)
                .collect(Collectors.joining("/"));
        return variables.length() > 1 && variables.endsWith("/") ? variables.substring(0, variables.length() - 1)
                : variables;
    }

    private static void keep(String url, String body) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "openapi"));
            Files.writeString(directory.resolve(url.replaceFirst("^/docs/api/", "").replace('/', '-') + ".json"), body);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
