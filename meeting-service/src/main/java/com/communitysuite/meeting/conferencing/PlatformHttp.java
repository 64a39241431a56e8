package com.communitysuite.meeting.conferencing;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapters' HTTP: JSON bodies sent as the exact bytes that were signed, answers read whatever their status, and
 * every failure (a refusal, an unreadable answer, no answer in time) as a {@link MeetingPlatformException}.
 */
final class PlatformHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final String platform;

    PlatformHttp(String platform, String baseUrl) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build());
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
        this.platform = platform;
    }

    record Reply(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * Sends the request; {@code body} is sent as it is, {@code null} for none. {@code uri} is a template whose
     * variables are encoded strictly (a host's e-mail address in a path).
     */
    Reply send(HttpMethod method, String uri, MediaType type, String body, Consumer<HttpHeaders> headers,
            Object... uriVariables) {
        try {
            RestClient.RequestBodySpec request = client.method(method).uri(uri, uriVariables).headers(headers);
            if (body != null) {
                request.contentType(type).body(body.getBytes(StandardCharsets.UTF_8));
            }
            return request.exchange((req, response) -> new Reply(response.getStatusCode().value(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        }
        catch (ResourceAccessException | UncheckedIOException e) {
            throw new MeetingPlatformException(platform + " did not answer " + method + " " + uri, e);
        }
    }

    /** The answer's JSON when its status is 2xx; otherwise the platform refused. */
    JsonNode json(Reply reply, String what) {
        if (!reply.ok()) {
            throw new MeetingPlatformException(platform + " refused " + what + ": " + reply.status() + " "
                    + abbreviate(reply.body()));
        }
        try {
            return JSON.readTree(reply.body());
        }
        catch (JacksonException e) {
            throw new MeetingPlatformException(platform + " answered " + what + " with no JSON", e);
        }
    }

    void expectOk(Reply reply, String what) {
        if (!reply.ok()) {
            throw new MeetingPlatformException(platform + " refused " + what + ": " + reply.status() + " "
                    + abbreviate(reply.body()));
        }
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static String required(JsonNode node, String field, String platform) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.asString().isEmpty()) {
            throw new MeetingPlatformException(platform + "'s answer has no " + field);
        }
        return value.asString();
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body;
    }

}
