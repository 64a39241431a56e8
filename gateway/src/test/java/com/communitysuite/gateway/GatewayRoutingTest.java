package com.communitysuite.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway in front of stand-in services found through discovery: paths routed unchanged, client identity
 * headers dropped, a stopped service a 503 and a slow one a 504 in the surface's dialect, unknown paths a 404.
 */
class GatewayRoutingTest extends GatewayTestSupport {

    static final HttpClient http = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @BeforeEach
    void stubs() {
        userService.resetAll();
        activityService.resetAll();
        userService.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":1}")));
        activityService.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(3000)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":0}")));
        accountService.resetAll();
        accountService.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/internal/api-keys/lookup"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"keyId\":\"k\",\"organizationId\":1}")));
    }

    @Test
    void aRequestLineWithAMalformedEscapeIsA400InTheSurfacesShape() throws Exception {
        String mp = rawGet("/mp/userinfo/%ZZ/");
        String app = rawGet("/user/block?name=%E4%B8");
        String campus = rawGet("/campus/users/%G1/");

        assertThat(mp).startsWith("HTTP/1.1 400").contains("\"detail\"");
        assertThat(app).startsWith("HTTP/1.1 400").contains("\"status\":0");
        assertThat(campus).startsWith("HTTP/1.1 400").contains("\"path\"");
    }

    @Test
    void aPathWithAnEncodedSlashBackslashOrNulIsRefusedAtTheGatewayInTheSurfacesShape() throws Exception {
        HttpResponse<String> campus = send(HttpRequest.newBuilder(uri("/campus/users/1%2F..%2Fadmin/")).build());
        HttpResponse<String> mp = send(HttpRequest.newBuilder(uri("/mp/userinfo/%5c1/")).build());
        HttpResponse<String> app = send(HttpRequest.newBuilder(uri("/user/1%00/profile")).build());

        assertThat(campus.statusCode()).isEqualTo(400);
        assertThat(campus.body()).contains("\"path\"");
        assertThat(mp.statusCode()).isEqualTo(400);
        assertThat(mp.body()).contains("\"detail\"");
        assertThat(app.statusCode()).isEqualTo(400);
        assertThat(app.body()).contains("\"status\":0");
    }

    /** What a client that does not check its URLs sends; Java's HTTP client refuses to. */
    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void routesAPathUnchangedToItsServiceAndDropsClientSentIdentityHeaders() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/app/version/upgrade?ts=1"))
                .header("Client-Type", "1")
                .header("X-User-Id", "someone-else")
                .header("X-Suite-Identity", "forged")
                .header("x-internal-roles", "admin")
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        List<LoggedRequest> received = userService.findAll(getRequestedFor(urlEqualTo("/app/version/upgrade?ts=1")));
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getHeader("Client-Type")).isEqualTo("1");
        assertThat(received.get(0).containsHeader("X-User-Id")).isFalse();
        assertThat(received.get(0).containsHeader("X-Suite-Identity")).isFalse();
        assertThat(received.get(0).containsHeader("x-internal-roles")).isFalse();
        assertThat(received.get(0).getHeader("traceparent")).as("the trace goes on in the service")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void servicesAreToldTheHostSchemeAndPortTheClientCalledAndNotWhatAClientClaims() throws Exception {
        send(HttpRequest.newBuilder(uri("/app/version/upgrade?forwarded=1"))
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Prefix", "/phish")
                .header("Forwarded", "host=evil.example;proto=https")
                .build());

        LoggedRequest received = userService.findAll(getRequestedFor(urlEqualTo("/app/version/upgrade?forwarded=1")))
                .get(0);
        assertThat(received.getHeader("X-Forwarded-Host")).isEqualTo("localhost:" + port);
        assertThat(received.getHeader("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.getHeader("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
        assertThat(received.getHeader("X-Forwarded-For")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(received.containsHeader("X-Forwarded-Prefix")).as("paths are routed unchanged").isFalse();
        assertThat(received.containsHeader("Forwarded")).isFalse();
    }

    @Test
    void metersEachRouteForTheOperatorsDashboard() throws Exception {
        send(HttpRequest.newBuilder(uri("/app/version/upgrade")).header("Client-Type", "1").build());

        String metrics = send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build()).body();

        assertThat(metrics).contains("spring_cloud_gateway_requests_seconds_count{", "routeId=\"user-app\"",
                "spring_cloud_gateway_requests_seconds_bucket{", "application=\"gateway\"");
    }

    @Test
    void aStoppedServiceIsAnMp503WithinASecondWhileOtherRoutesWork() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> stopped = send(HttpRequest.newBuilder(uri("/mp/ping/")).build());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(body(stopped).get("detail").asString()).isNotBlank();
        assertThat(stopped.headers().firstValue("Suite-Gateway-Answer")).hasValueSatisfying(
                cause -> assertThat(cause).isIn("unreachable", "circuit-open"));
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(send(HttpRequest.newBuilder(uri("/app/version/upgrade")).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void aSlowServiceIsAWx504AfterTheRoutesTimeLimit() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> slow = send(HttpRequest.newBuilder(uri("/api/v3/activitys_for_wx/1/wx/auth_meeting?access_type=org&access_token=org_key"))
                .build());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(slow.statusCode()).isEqualTo(504);
        JsonNode body = body(slow);
        assertThat(body.get("code").asInt()).isEqualTo(1);
        assertThat(body.get("msg").asString()).isEqualTo("Gateway Timeout");
        assertThat(slow.headers().firstValue("Suite-Gateway-Answer")).contains("timeout");
        assertThat(took).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void anUnknownPathIsA404InTheDialectOfItsSurface() throws Exception {
        HttpResponse<String> app = send(HttpRequest.newBuilder(uri("/no/such/path")).build());
        HttpResponse<String> campus = send(HttpRequest.newBuilder(uri("/campus/no-such-path/")).build());
        HttpResponse<String> mp = send(HttpRequest.newBuilder(uri("/mp/no-such-path/")).build());

        assertThat(app.statusCode()).isEqualTo(404);
        assertThat(body(app).get("status").asInt()).isZero();
        assertThat(body(app).get("message").asString()).isEqualTo("Not Found");
        assertThat(campus.statusCode()).isEqualTo(404);
        assertThat(body(campus).get("detail").asString()).isEqualTo("未找到。");
        assertThat(mp.statusCode()).isEqualTo(404);
        assertThat(body(mp).get("detail").asString()).isEqualTo("Not found.");
    }

    @Test
    void theRoutesHealthIsDownWhileARoutedServiceHasNoInstance() throws Exception {
        HttpResponse<String> routes = send(HttpRequest.newBuilder(uri("/actuator/health/routing")).build());
        HttpResponse<String> readiness = send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build());

        assertThat(routes.statusCode()).as("notification-service has no instance here").isEqualTo(503);
        assertThat(body(routes).get("status").asString()).isEqualTo("DOWN");
        assertThat(readiness.statusCode()).as("the gateway still serves the other services").isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
