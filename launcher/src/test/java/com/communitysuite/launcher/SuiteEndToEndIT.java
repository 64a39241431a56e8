package com.communitysuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole suite started the way {@code bin/suite up} starts it (embedded PostgreSQL and Kafka, every service its
 * own JVM, on ports of its own so a running suite is not disturbed), driven through the gateway like a client.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Path varDirectory;
    static SuiteRunner suite;
    static String gateway;

    @BeforeAll
    static void startSuite() throws Exception {
        Path repository = Path.of(System.getProperty("suite.repository", "..")).toAbsolutePath().normalize();
        varDirectory = Files.createTempDirectory("suite-e2e");
        int base = freeBasePort();
        SuiteSettings settings = new SuiteSettings(repository, varDirectory, base, base + 1000, base + 1001,
                SuiteSettings.DEFAULT_JVM_OPTIONS, false);
        suite = new SuiteRunner(settings, System.out);
        suite.start(Duration.ofMinutes(5));
        gateway = suite.gatewayUrl();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
        SuiteRunner.deleteRecursively(varDirectory);
    }

    @Test
    @Order(1)
    void everyServiceIsRegisteredInEureka() {
        int discoveryPort = suite.state().services().stream()
                .filter(s -> s.name().equals("discovery")).findFirst().orElseThrow().port();
        List<String> expected = SuiteService.ALL.stream().filter(s -> !s.isDiscovery()).map(SuiteService::eurekaName)
                .collect(Collectors.toList());

        assertThat(Probe.registeredApplications(discoveryPort)).containsAll(expected);
    }

    @Test
    @Order(2)
    void theMpPingAnswersThroughTheGateway() throws Exception {
        HttpResponse<String> response = get("/mp/ping/");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("code").asInt()).isEqualTo(200);
        assertThat(body.get("msg").asString()).isEqualTo("the status is ok");
    }

    @Test
    @Order(3)
    void theAppVersionUpgradeAnswersThroughTheGateway() throws Exception {
        HttpResponse<String> response = get("/app/version/upgrade", "Client-Type", "1", "Version-Code", "18");
        HttpResponse<String> missingClientType = get("/app/version/upgrade");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(1);
        assertThat(body.get("result").get("versionName").asString()).isEqualTo("0.1.7");
        assertThat(missingClientType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missingClientType.body()).get("message").asString()).isEqualTo("Params Not Valid");
    }

    @Test
    @Order(4)
    void aStoppedServicesRoutesAnswer503WithinASecondWhileOtherRoutesKeepWorking() throws Exception {
        suite.stopService("meeting-service");

        long started = System.nanoTime();
        HttpResponse<String> stopped = get("/mp/ping/");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(stopped.body()).has("detail")).isTrue();
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        assertThat(get("/app/version/upgrade", "Client-Type", "2").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(15));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A base port whose suite ports (base..base+6, base+681, base+1000, base+1001) are all free. */
    private static int freeBasePort() {
        for (int base = 28080; base < 60000; base += 2000) {
            int candidate = base;
            boolean free = SuiteService.ALL.stream().allMatch(s -> Probe.portFree(candidate + s.portOffset()))
                    && Probe.portFree(candidate + 1000) && Probe.portFree(candidate + 1001);
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("No free range of ports for the suite");
    }
}
