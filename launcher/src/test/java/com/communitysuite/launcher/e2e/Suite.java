package com.communitysuite.launcher.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;

import com.communitysuite.launcher.SuiteRunner;
import com.communitysuite.launcher.SuiteService;
import com.communitysuite.launcher.SuiteSettings;

import tools.jackson.databind.JsonNode;

/**
 * The running suite as end-to-end tests use it: its gateway, a client per surface for new users of every kind, and
 * what the local profile writes (the outbox of messages it would have sent).
 */
public final class Suite implements AutoCloseable {

    /** The campus super user the local profile creates from configuration. */
    static final String LOCAL_ADMIN_USERNAME = "admin";
    static final String LOCAL_ADMIN_PASSWORD = "local-admin-password";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 100_000_000);

    private final SuiteRunner runner;
    private final SuiteSettings settings;
    private final Gateway gateway;
    private final boolean attached;

    /** @param attached whether the suite was started elsewhere ({@code bin/suite up}) and is left running */
    Suite(SuiteRunner runner, SuiteSettings settings, boolean attached) {
        this.runner = runner;
        this.settings = settings;
        this.attached = attached;
        this.gateway = new Gateway(runner.gatewayUrl());
    }

    public Gateway gateway() {
        return gateway;
    }

    public SuiteRunner runner() {
        return runner;
    }

    public Path varDirectory() {
        return settings.varDirectory();
    }

    public int portOf(String service) {
        return settings.portOf(SuiteService.named(service));
    }

    /** A number no other test of this run uses: for phone numbers, WeChat codes and names. */
    public static long unique() {
        return SEQUENCE.incrementAndGet();
    }

    /** A new app user, signed in with the captcha the local profile wrote to the SMS outbox. */
    public AppUser newAppUser() {
        return AppUser.signUp(gateway, this, String.format("139%08d", unique() % 100_000_000));
    }

    /** A new mini-program user, signed in through the local WeChat stand-in, who agreed to the privacy policy. */
    public MpUser newMpUser() {
        return MpUser.signUp(gateway, "e2e-mp-" + unique());
    }

    /** A new campus user, signed in through the local WeChat stand-in. */
    public CampusUser newCampusUser() {
        return CampusUser.signUp(gateway, "e2e-campus-" + unique());
    }

    /** The campus super user of the local profile. */
    public CampusUser campusAdmin() {
        return CampusUser.admin(gateway, LOCAL_ADMIN_USERNAME, LOCAL_ADMIN_PASSWORD);
    }

    /** The newest message the local profile wrote to {@code var/outbox/<channel>.jsonl} for the recipient. */
    public JsonNode awaitOutboxMessage(String channel, String recipient) {
        Path outbox = settings.varDirectory().resolve("outbox").resolve(channel + ".jsonl");
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> newestFor(outbox, recipient), message -> message != null);
    }

    private static JsonNode newestFor(Path outbox, String recipient) throws Exception {
        if (!Files.exists(outbox)) {
            return null;
        }
        List<String> lines = Files.readAllLines(outbox);
        for (int i = lines.size() - 1; i >= 0; i--) {
            JsonNode line = Gateway.JSON.readTree(lines.get(i));
            if (line.path("to").asString().equals(recipient)) {
                return line;
            }
        }
        return null;
    }

    /** Stops the suite; its services' logs are kept in {@code target/e2e-logs/} to read after a failure. */
    @Override
    public void close() {
        if (attached) {
            return;
        }
        runner.close();
        Path kept = Path.of("target", "e2e-logs");
        try (var logs = Files.exists(settings.logDirectory()) ? Files.list(settings.logDirectory())
                : java.util.stream.Stream.<Path>empty()) {
            Files.createDirectories(kept);
            for (Path log : (Iterable<Path>) logs::iterator) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (java.io.IOException e) {
            System.err.println("The services' logs were not kept: " + e);
        }
        SuiteRunner.deleteRecursively(settings.varDirectory());
    }

    /** The suite's Kafka broker, for tests that play a service whose events are not published yet. */
    public String kafkaBootstrapServers() {
        return "localhost:" + settings.kafkaPort();
    }

    /** Every line the local profile wrote to {@code var/outbox/<channel>.jsonl} for the recipient, oldest first. */
    public List<JsonNode> outboxMessages(String channel, String recipient) throws java.io.IOException {
        Path outbox = settings.varDirectory().resolve("outbox").resolve(channel + ".jsonl");
        if (!Files.exists(outbox)) {
            return List.of();
        }
        List<JsonNode> found = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(outbox)) {
            JsonNode message = Gateway.JSON.readTree(line);
            if (message.path("to").asString().equals(recipient)) {
                found.add(message);
            }
        }
        return found;
    }
}
