package com.communitysuite.launcher.e2e;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.communitysuite.launcher.conformance.ApiDocuments;
import com.communitysuite.launcher.conformance.ApiOperation;

import tools.jackson.core.JacksonException;

/**
 * The answers the end-to-end tests of this JVM got from the documented operations, a few per operation and status:
 * the first ones and the longest (a list with entries shows more of its shape than an empty one). What
 * {@link DescribedShapesIT} holds against the OpenAPI documents.
 */
final class RecordedAnswers {

    /** One answer: the operation it came from, the request's method and path, and what came back. */
    record Recorded(ApiOperation operation, String method, String path, int status, String contentType,
            String body) {

        boolean isJson() {
            String type = contentType.toLowerCase(java.util.Locale.ROOT);
            return type.startsWith("application/json") || type.matches("^application/[^;]*\\+json.*");
        }
    }

    private static final int FIRST = 3;
    private static final Map<String, Kept> KEPT = new ConcurrentHashMap<>();

    private RecordedAnswers() {
    }

    static void record(HttpRequest request, HttpResponse<String> response) {
        operationOf(request).ifPresent(operation -> {
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            Recorded answer = new Recorded(operation, request.method(), request.uri().getRawPath(),
                    response.statusCode(), contentType, response.body() == null ? "" : response.body());
            KEPT.computeIfAbsent(operation.key() + " " + answer.status(), key -> new Kept()).offer(answer);
        });
    }

    /** What was kept, by the operation's {@link ApiOperation#key()}. */
    static Map<String, List<Recorded>> byOperation() {
        return KEPT.values().stream().flatMap(kept -> kept.answers().stream())
                .collect(Collectors.groupingBy(answer -> answer.operation().key()));
    }

    /**
     * The documented operation a request is for: its method, and its path against the operations' gateway paths with
     * path variables as wildcards (the most literal match wins); the request-code protocol's by its body's code too.
     */
    private static Optional<ApiOperation> operationOf(HttpRequest request) {
        String path = request.uri().getRawPath();
        List<Route> candidates = Routes.ALL.stream()
                .filter(route -> route.operation().method().equals(request.method()) && route.matches(path))
                .toList();
        if (candidates.stream().anyMatch(route -> route.operation().surface().equals("codes"))) {
            String code = requestCode(request);
            candidates = candidates.stream().filter(route -> route.operation().path().endsWith("#" + code)).toList();
        }
        return candidates.stream().max(Comparator.comparingInt(Route::literalSegments)).map(Route::operation);
    }

    /** The {@code type} field of the JSON body, which names a request-code operation; empty without one. */
    private static String requestCode(HttpRequest request) {
        String body = request.bodyPublisher().map(RecordedAnswers::text).orElse("");
        try {
            return Gateway.JSON.readTree(body).path("type").asString("");
        }
        catch (JacksonException e) {
            return "";
        }
    }

    /** The body a publisher sends: the tests' bodies are strings, which a publisher sends again to every reader. */
    private static String text(HttpRequest.BodyPublisher publisher) {
        CompletableFuture<String> read = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {

            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                read.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                read.complete(bytes.toString(StandardCharsets.UTF_8));
            }
        });
        try {
            return read.get(5, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            return "";
        }
    }

    /**
     * A documented operation and the concrete paths that reach it: the trailing slash is optional, and a wx path may
     * have the {@code /api/v3} prefix or not, as the gateway serves them.
     */
    private record Route(ApiOperation operation, Pattern pattern, int literalSegments) {

        static Route of(ApiOperation operation) {
            boolean wx = operation.surface().equals("wx");
            String path = wx ? operation.gatewayPath().replaceFirst("^/api/v3(?=/)", "") : operation.gatewayPath();
            List<String> segments = List.of(path.replaceFirst("/$", "").split("/", -1));
            String pattern = (wx ? "(?:/api/v3)?" : "") + segments.stream()
                    .map(segment -> isVariable(segment) ? "[^/]+" : Pattern.quote(segment))
                    .collect(Collectors.joining("/")) + "/?";
            int literal = (int) segments.stream().filter(segment -> !isVariable(segment)).count();
            return new Route(operation, Pattern.compile(pattern), literal);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }

        private static boolean isVariable(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }

    /** Read once, when the first answer comes. */
    private static final class Routes {

        static final List<Route> ALL = ApiDocuments.operations(ApiDocuments.directory(
                Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath().normalize()))
                .stream().map(Route::of).toList();
    }

    /** The answers kept for one operation and status. */
    private static final class Kept {

        private final List<Recorded> first = new ArrayList<>();
        private Recorded longest;

        synchronized void offer(Recorded answer) {
            if (first.size() < FIRST) {
                first.add(answer);
            }
            else if (longest == null || answer.body().length() > longest.body().length()) {
                longest = answer;
            }
        }

        synchronized List<Recorded> answers() {
            List<Recorded> answers = new ArrayList<>(first);
            if (longest != null) {
                answers.add(longest);
            }
            return answers;
        }
    }
}
