package com.communitysuite.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.gateway.errors.SurfaceResponses;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a route's bulkhead and circuit breaker refuse is answered in the dialect of the path the client asked for,
 * with the right status and cause; a stopped service opens its route's circuit, a service with no instance does not.
 */
class RouteResilienceTest extends GatewayTestSupport {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String UID = "fedcba9876543210fedcba9876543210";
    static final String TOKEN = "5b6e0f4e6d1c4b8a9f0e1d2c3b4a5968";
    static final String SECRET = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e";

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    BulkheadRegistry bulkheads;

    @BeforeEach
    void stubs() {
        // Other test classes share this context and may have left a route's circuit open (a stopped stand-in).
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        userService.resetAll();
        userService.stubFor(any(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"status\":1}")));
        accountService.resetAll();
        accountService.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"success\":\"true\"}")));
        accountService.stubFor(post(urlPathEqualTo("/internal/app-sessions/lookup"))
                .withRequestBody(equalToJson("{\"uid\":\"" + UID + "\",\"accessToken\":\"" + TOKEN + "\"}"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"accountId\":31,\"uid\":\"" + UID + "\",\"accessSecret\":\"" + SECRET + "\"}")));
        accountService.stubFor(get(urlPathEqualTo("/internal/principals/31")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"accountId\":31,\"uid\":\"" + UID
                        + "\",\"status\":\"normal\",\"roles\":[\"user\"],\"levels\":{}}")));
    }

    /** One route of each surface's dialect, reachable without credentials. */
    private List<HttpRequest.Builder> oneRequestPerSurface() {
        return List.of(HttpRequest.newBuilder(uri("/mp/ping/")),
                HttpRequest.newBuilder(uri("/campus/userLogin/")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"c\"}")),
                HttpRequest.newBuilder(uri("/app/version/upgrade")).header("Client-Type", "1"));
    }

    @Test
    void aFullBulkheadIsA429WithRetryAfterInTheDialectOfTheOriginalPath() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String route : List.of("meeting-mp", "account-campus", "user-app")) {
            HttpRequest request = oneRequestPerSurface().get(answers.size()).build();
            send(request);
            Bulkhead bulkhead = bulkheads.bulkhead(route);
            int held = 0;
            while (bulkhead.tryAcquirePermission()) {
                held++;
            }
            try {
                answers.add(send(request));
            }
            finally {
                for (int i = 0; i < held; i++) {
                    bulkhead.onComplete();
                }
            }
        }

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(answer.headers().firstValue("Retry-After")).contains("1");
            assertThat(answer.headers().firstValue(SurfaceResponses.GATEWAY_ANSWER)).contains("bulkhead-full");
        }
        assertThat(body(answers.get(0)).get("detail").asString()).isEqualTo("Request was throttled.");
        assertThat(body(answers.get(1)).get("detail").asString()).isEqualTo("请求超过了限速。");
        assertThat(body(answers.get(2)).get("status").asInt()).isZero();
        assertThat(body(answers.get(2)).get("message").asString()).isEqualTo("Too Many Requests");
    }

    @Test
    void anOpenCircuitIsA503InTheDialectOfTheOriginalPath() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String route : List.of("meeting-mp", "account-campus", "user-app")) {
            HttpRequest request = oneRequestPerSurface().get(answers.size()).build();
            send(request);
            CircuitBreaker circuit = circuitBreakers.circuitBreaker(route);
            circuit.transitionToForcedOpenState();
            try {
                answers.add(send(request));
            }
            finally {
                circuit.transitionToClosedState();
            }
        }

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.headers().firstValue(SurfaceResponses.GATEWAY_ANSWER)).contains("circuit-open");
        }
        assertThat(body(answers.get(0)).get("detail").asString()).isEqualTo("Service Unavailable");
        assertThat(body(answers.get(1)).get("detail").asString()).isEqualTo("服务暂不可用。");
        assertThat(body(answers.get(2)).get("status").asInt()).isZero();
        assertThat(body(answers.get(2)).get("message").asString()).isEqualTo("Service Unavailable");
    }

    @Test
    void aStoppedServiceOpensItsCircuitAndAServiceWithoutInstancesDoesNot() throws Exception {
        List<String> stopped = new ArrayList<>();
        List<String> noInstance = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stopped.add(send(HttpRequest.newBuilder(uri("/mp/ping/")).build()).headers()
                    .firstValue(SurfaceResponses.GATEWAY_ANSWER).orElseThrow());
            noInstance.add(send(signedApp("/push/update/device", i)).headers()
                    .firstValue(SurfaceResponses.GATEWAY_ANSWER).orElseThrow());
        }
        CircuitBreaker.State meeting = circuitBreakers.circuitBreaker("meeting-mp").getState();
        CircuitBreaker.State notification = circuitBreakers.circuitBreaker("notification-app").getState();
        circuitBreakers.circuitBreaker("meeting-mp").transitionToClosedState();

        assertThat(stopped).startsWith("unreachable").endsWith("circuit-open");
        assertThat(meeting).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(noInstance).containsOnly("no-instance");
        assertThat(notification).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    /** A signed GET of the signed-in stand-in user; the nonce makes each sign new. */
    private HttpRequest signedApp(String path, int nonce) throws Exception {
        String ts = Long.toString(System.currentTimeMillis());
        String sign = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(("nonce=" + nonce + "$$$ts=" + ts
                + "$$$accessSecret=" + SECRET).getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(uri(path + "?nonce=" + nonce + "&ts=" + ts + "&sign=" + sign))
                .header("Client-Type", "1")
                .header("Version-Name", "0.1.7").header("Version-Code", "19")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((UID + ":" + TOKEN)
                        .getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
