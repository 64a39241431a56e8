package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.ApiDocuments;
import com.communitysuite.launcher.conformance.ApiOperation;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI documents the gateway serves at /docs: every operation of the conformance table that is built (all but
 * the lines of {@code docs/conformance-pending.txt}) is described in its surface's document, with the public path
 * the client calls, and the shapes described for a few operations are what their services answer.
 */
@ExtendWith(RunningSuite.class)
class OpenApiIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath()
            .normalize();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    /** Every document the UI lists, by its URL, as the gateway serves it; a surface a service lacks is absent. */
    private static final Map<String, JsonNode> documents = new LinkedHashMap<>();

    @BeforeAll
    static void documents(Suite suite) {
        Gateway.Answer config = suite.gateway().get("/docs/api-docs/swagger-config");
        assertThat(config.status()).as(config.toString()).isEqualTo(200);
        for (JsonNode entry : config.json().path("urls")) {
            String url = entry.path("url").asString();
            Gateway.Answer document = suite.gateway().get(url);
            if (document.status() == 200) {
                documents.put(url, document.json());
                keep(url, document.body());
            }
            else {
                // A service not (yet) serving one of its surfaces has no group for it; any other answer is a fault.
                assertThat(document.status()).as(url + " " + document).isEqualTo(404);
            }
        }
    }

    @Test
    void theUiAnswersAtDocs(Suite suite) {
        Gateway.Answer page = suite.gateway().get("/docs");
        for (int hops = 0; hops < 3 && page.status() / 100 == 3; hops++) {
            String location = page.response().headers().firstValue("Location").orElseThrow();
            page = suite.gateway().get(java.net.URI.create(suite.gateway().baseUrl() + "/docs").resolve(location)
                    .getRawPath());
        }

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(documents).isNotEmpty();
    }

    @Test
    void everyBuiltOperationOfTheConformanceTableIsDescribedInItsSurfacesDocument() throws IOException {
        Set<String> pending = ApiDocuments.pending(REPOSITORY);
        Map<String, Set<String>> described = describedBySurface();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (ApiOperation operation : ApiDocuments.operations(ApiDocuments.directory(REPOSITORY))) {
            if (pending.contains(operation.key())) {
                continue;
            }
            checked++;
            String wanted = operation.method() + " " + template(documentPath(operation));
            Set<String> surface = described.getOrDefault(operation.surface(), Set.of());
            if (surface.stream().noneMatch(d -> matches(d, wanted))) {
                missing.add(operation.key());
            }
        }

        assertThat(checked).isGreaterThan(50);
        assertThat(missing).as("built operations no surface document describes").isEmpty();
    }

    @Test
    void documentsDescribeNoInternalPathNorTheCallersIdentityAndEachCarriesItsSurfacesSecurityAndErrors() {
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            JsonNode paths = document.getValue().path("paths");
            assertThat(paths.propertyNames()).as(document.getKey()).noneMatch(p -> p.startsWith("/internal"));
            String surface = surfaceOf(document.getKey());
            assertThat(document.getValue().path("components").path("schemas").has("SuiteIdentity"))
                    .as("the caller's identity is no request parameter: " + document.getKey()).isFalse();
            if (!surface.equals("codes")) {
                assertThat(document.getValue().path("components").path("securitySchemes").isEmpty())
                        .as(document.getKey()).isFalse();
            }
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (String method : METHODS) {
                    JsonNode operation = path.getValue().path(method);
                    if (!operation.isMissingNode()) {
                        assertThat(operation.path("responses").has("401")).as(method + " " + path.getKey()).isTrue();
                        assertThat(operation.path("responses").has("429")).as(method + " " + path.getKey()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theDescribedShapesOfAFewOperationsAreWhatTheServicesAnswer(Suite suite) {
        MpUser mp = suite.newMpUser();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> mp.get("/mp/userinfo/" + mp.userId() + "/").status() == 200);
        CampusUser campus = suite.newCampusUser();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> campus.get("/campus/users/" + campus.id() + "/").status() == 200);
        AppUser app = suite.newAppUser();

        assertDescribed("/docs/api/user/mp", "get", "/mp/userinfo/{}",
                mp.get("/mp/userinfo/" + mp.userId() + "/").json());
        assertDescribed("/docs/api/user/campus", "get", "/campus/users/{}",
                campus.get("/campus/users/" + campus.id() + "/").json());
        Gateway.Answer blocks = app.get("/user/block", Map.of("count", 10));
        assertThat(blocks.status()).as(blocks.toString()).isEqualTo(200);
        assertDescribed("/docs/api/user/app", "get", "/user/block", blocks.json());
    }

    /** Each document as served, in {@code target/openapi/}, to read or to hand to a client generator. */
    private static void keep(String url, String body) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "openapi"));
            Files.writeString(directory.resolve(url.replaceFirst("^/docs/api/", "").replace('/', '-') + ".json"), body);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every property of the answer (and of its objects, one level down) is one the 200 response's schema names. */
    private static void assertDescribed(String documentUrl, String method, String pathTemplate, JsonNode answer) {
        JsonNode document = documents.get(documentUrl);
        assertThat(document).as(documentUrl).isNotNull();
        JsonNode operation = null;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (template(path.getKey()).equals(pathTemplate) && path.getValue().has(method)) {
                operation = path.getValue().path(method);
            }
        }
        assertThat(operation).as(method + " " + pathTemplate + " in " + documentUrl).isNotNull();
        JsonNode schema = null;
        for (JsonNode media : operation.path("responses").path("200").path("content")) {
            schema = resolve(document, media.path("schema"));
        }
        assertThat(schema).as("200 schema of " + pathTemplate).isNotNull();
        assertProperties(document, schema, answer, pathTemplate, 2);
    }

    private static void assertProperties(JsonNode document, JsonNode schema, JsonNode answer, String where,
            int depth) {
        if (!answer.isObject() || depth == 0) {
            return;
        }
        JsonNode properties = properties(document, schema);
        assertThat(properties.propertyNames()).as("described properties of " + where)
                .containsAll(answer.propertyNames());
        for (Map.Entry<String, JsonNode> field : answer.properties()) {
            JsonNode described = resolve(document, properties.path(field.getKey()));
            if (field.getValue().isObject() && !properties(document, described).isEmpty()) {
                assertProperties(document, described, field.getValue(), where + "." + field.getKey(), depth - 1);
            }
        }
    }

    /** A schema's properties, its {@code allOf} parts' included. */
    private static JsonNode properties(JsonNode document, JsonNode schema) {
        tools.jackson.databind.node.ObjectNode all = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        JsonNode resolved = resolve(document, schema);
        resolved.path("properties").properties().forEach(p -> all.set(p.getKey(), p.getValue()));
        for (JsonNode part : resolved.path("allOf")) {
            properties(document, part).properties().forEach(p -> all.set(p.getKey(), p.getValue()));
        }
        return all;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String name = current.path("$ref").asString().replaceFirst("^#/components/schemas/", "");
            current = document.path("components").path("schemas").path(name);
        }
        return current;
    }

    /** "METHOD /path" of every operation each surface's documents describe, path variables as {@code {}}. */
    private static Map<String, Set<String>> describedBySurface() {
        Map<String, Set<String>> bySurface = new LinkedHashMap<>();
        documents.forEach((url, document) -> {
            Set<String> operations = bySurface.computeIfAbsent(surfaceOf(url), s -> new LinkedHashSet<>());
            for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
                for (String method : METHODS) {
                    if (path.getValue().has(method)) {
                        String described = path.getKey().replaceFirst("^/api/v3(?=/)", "");
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + template(described));
                    }
                }
            }
        });
        return bySurface;
    }

    /**
     * A documented "METHOD /a/b/c" is described by "METHOD /a/{}/c" or "METHOD /a/b/c": a variable segment in the
     * service's mapping may stand for a literal one in the document (campus's {@code /campus/users/...} lists).
     */
    private static boolean matches(String described, String wanted) {
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

    /** The path the document's operation is described at: wx without {@code /api/v3}, codes without the code. */
    private static String documentPath(ApiOperation operation) {
        return operation.path().replaceFirst("#.*$", "").replaceFirst("^/api/v3(?=/)", "");
    }

    /** Path variables as {@code {}}, without a trailing slash (both are served). */
    static String template(String path) {
        String variables = List.of(path.split("/", -1)).stream()
                .map(segment -> segment.startsWith("{") && segment.endsWith("}") ? "{}" : segment)
                .collect(Collectors.joining("/"));
        return variables.length() > 1 && variables.endsWith("/") ? variables.substring(0, variables.length() - 1)
                : variables;
    }

    private static String surfaceOf(String documentUrl) {
        return documentUrl.substring(documentUrl.lastIndexOf('/') + 1);
    }

}
