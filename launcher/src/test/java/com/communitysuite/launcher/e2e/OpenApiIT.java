package com.communitysuite.launcher.e2e;

import static com.communitysuite.launcher.e2e.OpenApiDocuments.METHODS;
import static com.communitysuite.launcher.e2e.OpenApiDocuments.matches;
import static com.communitysuite.launcher.e2e.OpenApiDocuments.surfaceOf;
import static com.communitysuite.launcher.e2e.OpenApiDocuments.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.ApiDocuments;
import com.communitysuite.launcher.conformance.ApiOperation;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI documents the gateway serves at /docs: every operation of the conformance table that is built (all but
 * the lines of {@code docs/conformance-pending.txt}) is described in its surface's document, with the public path
 * the client calls. {@link DescribedShapesIT} checks that the shapes they describe are what the services answer.
 */
@ExtendWith(RunningSuite.class)
class OpenApiIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath()
            .normalize();

    /** Every document the UI lists, by its URL. */
    private static final Map<String, JsonNode> documents = new LinkedHashMap<>();

    @BeforeAll
    static void documents(Suite suite) {
        documents.putAll(OpenApiDocuments.served(suite.gateway()));
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

    /** The path the document's operation is described at: wx without {@code /api/v3}, codes without the code. */
    private static String documentPath(ApiOperation operation) {
        return operation.path().replaceFirst("#.*$", "").replaceFirst("^/api/v3(?=/)", "");
    }
}
