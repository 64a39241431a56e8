package com.communitysuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    @Order(3)
    void aServiceRefusesWhatDidNotComeThroughTheGateway() throws Exception {
        int meetingPort = suite.state().services().stream()
                .filter(s -> s.name().equals("meeting-service")).findFirst().orElseThrow().port();
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create("http://localhost:" + meetingPort
                + "/mp/ping/")).header("X-User-Id", "1").build());

        assertThat(direct.statusCode()).isEqualTo(401);
        assertThat(get("/mp/ping/").statusCode()).as("the same request through the gateway").isEqualTo(200);
    }

    @Test
    @Order(4)
    void anAppUserSignsInWithTheCaptchaFromTheLocalOutboxAndTheirCredentialsStopWorkingAfterLogout()
            throws Exception {
        String mobile = "139" + String.format("%08d", (int) (Math.random() * 100_000_000));
        HttpResponse<String> sent = postApp("/account/captcha", Map.of("countryCode", "86", "mobile", mobile),
                DEFAULT_SECRET, null);
        assertThat(JSON.readTree(sent.body()).get("status").asInt()).as(sent.body()).isEqualTo(1);
        String code = captchaSentTo(mobile);

        HttpResponse<String> login = postApp("/account/login/captcha", Map.of("countryCode", "86", "mobile", mobile,
                "captcha", code), DEFAULT_SECRET, null);
        JsonNode session = JSON.readTree(login.body()).get("result");
        String basic = "Basic " + Base64.getEncoder().encodeToString((session.get("uid").asString() + ":"
                + session.get("accessToken").asString()).getBytes(StandardCharsets.UTF_8));
        String secret = session.get("accessSecret").asString();

        HttpResponse<String> logout = postApp("/account/logout", Map.of(), secret, basic);
        HttpResponse<String> afterLogout = postApp("/account/logout", Map.of(), secret, basic);

        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(logout.body()).get("message").asString()).isEqualTo("退出成功");
        assertThat(afterLogout.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void anMpUserSignsInWithTheLocalWeChatStandInAndTheirTokenStopsWorkingAfterLogout() throws Exception {
        HttpResponse<String> login = post("/mp/login/", "{\"code\":\"e2e-" + System.nanoTime() + "\"}", null);
        assertThat(login.statusCode()).isEqualTo(201);
        String access = JSON.readTree(login.body()).get("access").asString();

        HttpResponse<String> agreed = send(HttpRequest.newBuilder(URI.create(gateway + "/mp/agree/"))
                .header("Authorization", "Bearer " + access).PUT(HttpRequest.BodyPublishers.noBody()).build());
        String fresh = JSON.readTree(agreed.body()).get("access").asString();
        HttpResponse<String> logout = post("/mp/logout/", "", "Bearer " + fresh);
        HttpResponse<String> afterLogout = send(HttpRequest.newBuilder(URI.create(gateway + "/mp/agree/"))
                .header("Authorization", "Bearer " + fresh).PUT(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(agreed.statusCode()).isEqualTo(200);
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(afterLogout.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(6)
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

    private static final String DEFAULT_SECRET = "Hx!0k!K}5E.]EoP";

    /** An app request as the document has clients make it: client headers, ts and sign in the JSON body. */
    private static HttpResponse<String> postApp(String path, Map<String, String> fields, String secret,
            String authorization) throws Exception {
        Map<String, String> parameters = new TreeMap<>(fields);
        parameters.put("ts", Long.toString(System.currentTimeMillis()));
        String signed = parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("$$$")) + "$$$accessSecret=" + secret;
        parameters.put("sign", HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(signed.getBytes(StandardCharsets.UTF_8))));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json").header("Client-Type", "1")
                .header("Version-Name", "0.1.7").header("Version-Code", "19")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(parameters)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private static HttpResponse<String> post(String path, String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The local profile writes every SMS to var/outbox/sms.jsonl; the newest one to this number. */
    private static String captchaSentTo(String mobile) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Path outbox = varDirectory.resolve("outbox").resolve("sms.jsonl");
        while (System.nanoTime() < deadline) {
            if (Files.exists(outbox)) {
                List<String> lines = Files.readAllLines(outbox);
                for (int i = lines.size() - 1; i >= 0; i--) {
                    JsonNode line = JSON.readTree(lines.get(i));
                    if (line.get("to").asString().equals("+86" + mobile)) {
                        return line.get("code").asString();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No captcha was written for " + mobile);
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
