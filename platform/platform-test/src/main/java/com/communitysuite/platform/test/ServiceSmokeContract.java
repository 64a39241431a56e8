package com.communitysuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * What every service must offer operators once it has started: its schema migrated (with the outbox), liveness and
 * readiness groups, and Prometheus metrics.
 */
public abstract class ServiceSmokeContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Test
    void migratesItsOwnDatabaseIncludingTheOutbox() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event", Long.class)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Long.class))
                .isPositive();
    }

    @Test
    void reportsLivenessAndReadiness() throws Exception {
        assertThat(get("/actuator/health/liveness")).contains("\"UP\"");
        assertThat(get("/actuator/health/readiness")).contains("\"UP\"");
    }

    @Test
    void exposesPrometheusMetricsNamedAfterTheService() throws Exception {
        get("/actuator/health");
        String metrics = get("/actuator/prometheus");

        assertThat(metrics).contains("jvm_memory_used_bytes", "outbox_events_pending",
                "http_server_requests_seconds_bucket{");
        assertThat(metrics).containsPattern("application=\"[a-z-]+-service\"");
    }

    @Test
    void refusesRequestsThatDoNotCarryTheGatewaysIdentity() {
        TestHttp aroundTheGateway = TestHttp.at(port);
        TestHttp.Answer none = aroundTheGateway.get("/mp/anything");
        TestHttp.Answer forged = aroundTheGateway.get("/campus/anything", "Authorization", "Bearer "
                + "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwia2luZCI6ImFjY291bnQifQ.");
        TestHttp.Answer spoofedHeaders = aroundTheGateway.get("/internal/anything", "X-User-Id", "1", "X-Roles",
                "admin");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().has("detail")).as("in the mp surface's shape").isTrue();
        assertThat(forged.status()).as("an unsigned token").isEqualTo(401);
        assertThat(spoofedHeaders.status()).as("identity headers are not an identity").isEqualTo(401);
        assertThat(aroundTheGateway.get("/internal/anything", "Authorization", TestIdentities.anonymous("internal"))
                .status()).as("internal paths refuse an anonymous identity").isEqualTo(403);
        assertThat(aroundTheGateway.get("/internal/anything", "Authorization",
                TestIdentities.bearer(SuiteIdentity.service("gateway"))).status())
                .as("with the gateway's own identity the request is served (here: not found)").isEqualTo(404);
    }

    protected String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }
}
