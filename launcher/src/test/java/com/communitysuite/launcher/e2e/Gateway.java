package com.communitysuite.launcher.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP to the suite's gateway, as any client sends it; the answers are recorded ({@link RecordedAnswers}). */
public final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    Gateway(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    public Answer get(String path, String... headerNamesAndValues) {
        HttpRequest.Builder request = request(path);
        if (headerNamesAndValues.length > 0) {
            request.headers(headerNamesAndValues);
        }
        return send(request.GET().build());
    }

    public Answer post(String path, String json, String... headerNamesAndValues) {
        return send(withJson(request(path), headerNamesAndValues).POST(body(json)).build());
    }

    public Answer put(String path, String json, String... headerNamesAndValues) {
        return send(withJson(request(path), headerNamesAndValues).PUT(body(json)).build());
    }

    public Answer delete(String path, String... headerNamesAndValues) {
        HttpRequest.Builder request = request(path);
        if (headerNamesAndValues.length > 0) {
            request.headers(headerNamesAndValues);
        }
        return send(request.DELETE().build());
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            RecordedAnswers.record(request, response);
            return new Answer(response.statusCode(), response.body(), response);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The answer to the request, asked again (up to five times) while the gateway's rate limits refuse it: a client
     * told to wait (429 with {@code Retry-After}) waits as told.
     */
    public Answer waitingWhenTold(java.util.function.Supplier<Answer> request) {
        Answer answer = request.get();
        for (int retry = 0; retry < 5 && answer.status() == 429; retry++) {
            long seconds = answer.response().headers().firstValueAsLong("Retry-After").orElse(1);
            java.time.Instant retryAt = java.time.Instant.now().plusSeconds(seconds);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(seconds + 2))
                    .pollInterval(Duration.ofMillis(100)).until(() -> !java.time.Instant.now().isBefore(retryAt));
            answer = request.get();
        }
        return answer;
    }

    private static HttpRequest.Builder withJson(HttpRequest.Builder request, String... headerNamesAndValues) {
        request.header("Content-Type", "application/json");
        if (headerNamesAndValues.length > 0) {
            request.headers(headerNamesAndValues);
        }
        return request;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    /** An answer: its status, raw body, the body as JSON, and the response for its headers. */
    public record Answer(int status, String body, HttpResponse<String> response) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
