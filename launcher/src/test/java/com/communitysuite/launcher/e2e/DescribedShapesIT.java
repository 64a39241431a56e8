package com.communitysuite.launcher.e2e;

import static com.communitysuite.launcher.e2e.OpenApiDocuments.METHODS;
import static com.communitysuite.launcher.e2e.OpenApiDocuments.matches;
import static com.communitysuite.launcher.e2e.OpenApiDocuments.surfaceOf;
import static com.communitysuite.launcher.e2e.OpenApiDocuments.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.ApiDocuments;
import com.communitysuite.launcher.conformance.ApiOperation;
import com.communitysuite.launcher.conformance.ConformanceRecorder;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shapes the OpenAPI documents at /docs describe are what the services answer: every successful JSON answer the
 * end-to-end tests before this class got ({@link RecordedAnswers}) is valid against the response schema its
 * surface's document describes for the operation and status, a property the schema does not name included. An
 * operation whose document leaves an answered object free-form (a {@code Map<String, Object>} describes no shape)
 * is not checked, and says so. Runs after the domain classes, before the fault tests and the conformance table,
 * which shows for each operation whether its shape was checked and why not.
 */
@ExtendWith(RunningSuite.class)
@Order(Integer.MAX_VALUE - 5)
class DescribedShapesIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath()
            .normalize();
    /** Where the documents are registered for the validator: only a name for {@code $ref}s to resolve against. */
    private static final String BASE = "https://gateway.invalid";

    @Test
    void everySuccessfulJsonAnswerHasTheShapeItsOperationsDocumentDescribes(Suite suite) {
        Map<String, JsonNode> documents = OpenApiDocuments.served(suite.gateway());
        Shapes described = new Shapes(documents, false);
        Shapes closed = new Shapes(documents, true);
        Map<String, List<RecordedAnswers.Recorded>> recorded = RecordedAnswers.byOperation();

        List<String> differences = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        int checked = 0;
        for (ApiOperation operation : ApiDocuments.operations(ApiDocuments.directory(REPOSITORY))) {
            List<RecordedAnswers.Recorded> answers = recorded.getOrDefault(operation.key(), List.of());
            List<RecordedAnswers.Recorded> successes = answers.stream().filter(DescribedShapesIT::successful)
                    .toList();
            Set<String> found = new TreeSet<>();
            answers.stream().filter(answer -> answer.status() / 100 == 2 && !successes.contains(answer))
                    .forEach(answer -> described.undescribedStatus(operation, answer).ifPresent(found::add));
            successes.forEach(answer -> found.addAll(described.differences(operation, answer)));
            if (!found.isEmpty()) {
                ConformanceRecorder.recordShape(operation.key(), "FAIL");
                differences.add(operation.key() + ":\n    " + String.join("\n    ", found));
                continue;
            }
            if (successes.isEmpty()) {
                String why = "no: " + whyNot(answers);
                ConformanceRecorder.recordShape(operation.key(), why);
                notChecked.add(operation.key() + " (" + why + ")");
                continue;
            }
            Set<String> freeForm = new TreeSet<>();
            successes.forEach(answer -> closed.differences(operation, answer).stream()
                    .map(DescribedShapesIT::location).forEach(freeForm::add));
            if (freeForm.isEmpty()) {
                checked++;
                ConformanceRecorder.recordShape(operation.key(), "yes, " + successes.size() + " answers");
            }
            else {
                String why = "no: described as a free-form object at " + String.join(", ", freeForm);
                ConformanceRecorder.recordShape(operation.key(), why);
                notChecked.add(operation.key() + " (" + why + ")");
            }
        }

        System.out.println("DescribedShapesIT: the shapes of " + checked + " operations checked; not checked:\n  "
                + String.join("\n  ", notChecked));
        assertThat(differences).as("operations whose answers differ from the shape their document describes")
                .isEmpty();
    }

    /**
     * A success with a JSON body; on the app surface, whose business failures are HTTP 200 too, one with
     * {@code status: 1} (a failure has the error envelope, {@code status: 0}).
     */
    private static boolean successful(RecordedAnswers.Recorded answer) {
        if (answer.status() / 100 != 2 || !answer.isJson() || answer.body().isBlank()) {
            return false;
        }
        return !answer.operation().surface().equals("app")
                || Gateway.JSON.readTree(answer.body()).path("status").asInt() == 1;
    }

    /** Where in the answer a difference is, array indexes left out: {@code /result/list/*}, or the body. */
    private static String location(String difference) {
        String location = difference.replaceFirst("^[A-Z]+ \\S+ \\d{3}: ", "").replaceFirst(":.*$", "")
                .replaceAll("/\\d+(?=/|$)", "/*");
        return location.isEmpty() ? "the body" : location;
    }

    /** Why an operation's answers were not checked: none recorded, no success, or a success without JSON. */
    private static String whyNot(List<RecordedAnswers.Recorded> answers) {
        if (answers.isEmpty()) {
            return "no answer recorded";
        }
        List<RecordedAnswers.Recorded> successes = answers.stream().filter(a -> a.status() / 100 == 2).toList();
        if (successes.isEmpty()) {
            return "no 2xx answer (" + answers.stream().map(a -> Integer.toString(a.status())).distinct().sorted()
                    .collect(Collectors.joining(", ")) + ")";
        }
        return successes.stream().map(a -> a.body().isBlank() ? a.status() + " without a body"
                : a.status() + " " + a.contentType().replaceFirst(";.*$", "")).distinct().sorted()
                .collect(Collectors.joining(", "));
    }

    /**
     * The documents, registered for the validator with every response schema's objects closed: one that names its
     * properties allows no other. A free-form one ({@code type: object} or no type alone, or any additional
     * properties) allows any value, or, closed too, none but an empty object, so that an answer's property is either
     * described or shows where the document describes no shape. A map of typed values stays open.
     */
    private static final class Shapes {

        private final Map<String, JsonNode> documents;
        private final SchemaRegistry registry;
        private final String base;

        Shapes(Map<String, JsonNode> documents, boolean freeFormClosed) {
            this.documents = documents;
            this.base = BASE + (freeFormClosed ? "/closed" : "/described");
            Map<String, String> registered = new LinkedHashMap<>();
            documents.forEach((url, document) -> registered.put(base + url,
                    Gateway.JSON.writeValueAsString(closed(document, freeFormClosed))));
            this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemas(registered));
        }

        /** Unless the document describes the answer's status for its operation: what it lacks. */
        Optional<String> undescribedStatus(ApiOperation operation, RecordedAnswers.Recorded answer) {
            String where = answer.method() + " " + answer.path() + " " + answer.status();
            Optional<Described> described = described(documents, operation);
            if (described.isEmpty()) {
                return Optional.of(where + ": no document of the " + operation.surface() + " surface describes it");
            }
            if (!described.get().operation().path("responses").has(Integer.toString(answer.status()))) {
                return Optional.of(where + ": the document describes no " + answer.status() + " answer");
            }
            return Optional.empty();
        }

        /** What differs between the answer and the schema the document describes for its operation and status. */
        List<String> differences(ApiOperation operation, RecordedAnswers.Recorded answer) {
            Optional<String> undescribed = undescribedStatus(operation, answer);
            if (undescribed.isPresent()) {
                return List.of(undescribed.get());
            }
            String where = answer.method() + " " + answer.path() + " " + answer.status();
            Described described = described(documents, operation).orElseThrow();
            String status = Integer.toString(answer.status());
            JsonNode content = described.operation().path("responses").path(status).path("content");
            if (content.isMissingNode()) {
                return List.of(where + ": the document describes no body for " + status);
            }
            String mediaType = content.propertyNames().stream().filter(type -> type.contains("json")).findFirst()
                    .orElse(null);
            if (mediaType == null) {
                return List.of(where + ": the document describes no JSON body for " + status);
            }
            String pointer = "/paths/" + escape(described.path()) + "/" + described.method()
                    + "/responses/" + status + "/content/" + escape(mediaType) + "/schema";
            Schema schema = registry.getSchema(SchemaLocation.of(base + described.documentUrl() + "#"
                    + URLEncoder.encode(pointer, StandardCharsets.UTF_8).replace("%2F", "/").replace("%7E", "~")));
            List<Error> errors = schema.validate(Gateway.JSON.readTree(answer.body()));
            return errors.stream().map(error -> where + ": " + error).toList();
        }

        private static JsonNode closed(JsonNode document, boolean freeFormClosed) {
            JsonNode copy = document.deepCopy();
            copy.path("components").path("schemas").forEach(schema -> close(schema, freeFormClosed));
            for (JsonNode path : copy.path("paths")) {
                for (String method : METHODS) {
                    for (JsonNode response : path.path(method).path("responses")) {
                        response.path("content").forEach(media -> close(media.path("schema"), freeFormClosed));
                    }
                }
            }
            return copy;
        }

        private static void close(JsonNode schema, boolean freeFormClosed) {
            if (!(schema instanceof ObjectNode object) || object.has("$ref")) {
                return;
            }
            // One of several shapes (a campus list: an array or a page): each alternative closed, not the choice.
            boolean alternatives = false;
            for (String combined : List.of("oneOf", "anyOf", "allOf")) {
                for (JsonNode alternative : object.path(combined)) {
                    close(alternative, freeFormClosed);
                    alternatives = true;
                }
            }
            if (alternatives && !object.has("properties")) {
                return;
            }
            object.path("properties").forEach(property -> close(property, freeFormClosed));
            close(object.path("items"), freeFormClosed);
            JsonNode additional = object.path("additionalProperties");
            boolean typedMap = additional.isObject() && !additional.isEmpty();
            if (typedMap) {
                close(additional, freeFormClosed);
            }
            else if (object.has("properties")) {
                object.put("additionalProperties", false);
            }
            else if (object.path("type").asString("object").equals("object")) {
                if (freeFormClosed) {
                    object.put("additionalProperties", false);
                }
                else {
                    object.remove(List.of("type", "additionalProperties"));
                }
            }
        }
    }

    /** The operation in its surface's documents: described at its path, or at a path with a variable for a literal. */
    private static Optional<Described> described(Map<String, JsonNode> documents, ApiOperation operation) {
        String method = operation.method().toLowerCase(java.util.Locale.ROOT);
        String wanted = template(operation.gatewayPath());
        Described variable = null;
        for (Map.Entry<String, JsonNode> document : documents.entrySet()) {
            if (!surfaceOf(document.getKey()).equals(operation.surface())) {
                continue;
            }
            for (Map.Entry<String, JsonNode> path : document.getValue().path("paths").properties()) {
                JsonNode described = path.getValue().path(method);
                if (described.isMissingNode() || !matches(template(path.getKey()), wanted)) {
                    continue;
                }
                Described found = new Described(document.getKey(), path.getKey(), method, described);
                if (template(path.getKey()).equals(wanted)) {
                    return Optional.of(found);
                }
                variable = variable == null ? found : variable;
            }
        }
        return Optional.ofNullable(variable);
    }

    private record Described(String documentUrl, String path, String method, JsonNode operation) {
    }

    /** A JSON pointer's reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
