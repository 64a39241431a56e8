package com.communitysuite.launcher.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The conformance table: every operation of the five API documents, the end-to-end tests that drove it through the
 * gateway, and whether they passed, written to {@code docs/conformance.md}. Runs after the other end-to-end classes;
 * fails the build for an operation no test covers, or a test that names an operation the documents don't have.
 */
@Order(Integer.MAX_VALUE - 1)
class ConformanceIT {

    private static final String PENDING = "docs/conformance-pending.txt";
    private static final Path REPOSITORY = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath()
            .normalize();

    @Test
    void everyDocumentedOperationIsDrivenThroughTheGatewayAndTheTableIsWritten() throws IOException {
        List<ApiOperation> operations = ApiDocuments.operations(ApiDocuments.directory(REPOSITORY));
        Map<String, List<ConformanceRecorder.Outcome>> outcomes = ConformanceRecorder.outcomes();
        Set<String> documented = operations.stream().map(ApiOperation::key).collect(Collectors.toSet());

        Files.writeString(REPOSITORY.resolve("docs").resolve("conformance.md"), table(operations, outcomes));

        Set<String> unknown = new TreeSet<>(outcomes.keySet());
        unknown.removeAll(documented);
        Set<String> pending = ApiDocuments.pending(REPOSITORY);
        List<String> missing = operations.stream().map(ApiOperation::key)
                .filter(k -> !outcomes.containsKey(k) && !pending.contains(k)).toList();
        List<String> nowCovered = pending.stream().filter(outcomes::containsKey).sorted().toList();
        assertThat(unknown).as("tests name operations the documents don't have").isEmpty();
        assertThat(missing).as("documented operations no end-to-end test drives").isEmpty();
        assertThat(nowCovered).as("operations listed in %s as not built yet that tests now drive: take them off",
                PENDING).isEmpty();
    }

    private static String table(List<ApiOperation> operations,
            Map<String, List<ConformanceRecorder.Outcome>> outcomes) {
        Map<String, long[]> bySurface = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        for (ApiOperation operation : operations) {
            List<ConformanceRecorder.Outcome> results = outcomes.getOrDefault(operation.key(), List.of());
            String result = results.isEmpty() ? "not built"
                    : results.stream().allMatch(ConformanceRecorder.Outcome::passed) ? "pass" : "FAIL";
            long[] counts = bySurface.computeIfAbsent(operation.surface(), s -> new long[3]);
            counts[result.equals("pass") ? 0 : result.equals("FAIL") ? 1 : 2]++;
            rows.add("| " + operation.surface() + " | `" + operation.method() + " " + operation.path() + "` | "
                    + operation.title().replace("|", "/") + " | " + results.stream()
                            .map(ConformanceRecorder.Outcome::test).distinct().collect(Collectors.joining(", "))
                    + " | " + result + " | "
                    + ConformanceRecorder.malformed().getOrDefault(operation.key(), 0) + " | "
                    + ConformanceRecorder.shapes().getOrDefault(operation.key(), "not run").replace("|", "/") + " |");
        }
        StringBuilder out = new StringBuilder();
        out.append("# Conformance\n\n");
        out.append("Every operation of the API documents (`../shared/api/`), driven through the gateway on the embedded\n");
        out.append("suite by the end-to-end tests (`launcher/src/test/java/.../e2e/`), success and documented errors.\n");
        out.append("Written by `ConformanceIT` on every run of `./mvnw -B verify`; an operation no test drives fails the\n");
        out.append("build. \"malformed requests\" counts the requests `MalformedRequestsIT` derived from the\n");
        out.append("operation and sent through the gateway (none may get a 5xx or an answer outside the surface's\n");
        out.append("error shape). \"shape checked\" says whether `DescribedShapesIT` held the operation's successful\n");
        out.append("JSON answers against the response schema its surface's OpenAPI document (at `/docs`) describes.\n\n");
        out.append("| surface | pass | fail | not built |\n| --- | --- | --- | --- |\n");
        bySurface.forEach((surface, counts) -> out.append("| ").append(surface).append(" | ").append(counts[0])
                .append(" | ").append(counts[1]).append(" | ").append(counts[2]).append(" |\n"));
        out.append("\n| surface | operation | document | tests | result | malformed requests | shape checked |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        rows.forEach(row -> out.append(row).append('\n'));
        return out.toString();
    }
}
