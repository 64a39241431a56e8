package com.communitysuite.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml starts the whole suite in the right order, and the compose tool accepts it. */
class DockerComposeTest {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SUITE = List.of("postgres", "kafka", "redis", "minio", "minio-init", "observability",
            "mailpit", "discovery", "gateway",
            "account-service", "user-service", "meeting-service", "activity-service", "club-room-service",
            "notification-service");

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(REPOSITORY.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void everyPartOfTheSuiteIsThereWithAHealthCheck() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertThat(services).containsOnlyKeys(SUITE);
        services.forEach((name, service) -> {
            if (!oneShot(service)) {
                assertThat(service.get("healthcheck")).as(name).isNotNull();
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDependencyExistsAndIsAwaitedHealthy() throws IOException {
        Map<String, Map<String, Object>> services = services();

        services.forEach((name, service) -> {
            Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) service
                    .getOrDefault("depends_on", Map.of());
            dependsOn.forEach((dependency, condition) -> {
                assertThat(services).as("%s depends on %s", name, dependency).containsKey(dependency);
                assertThat(condition).containsEntry("condition",
                        oneShot(services.get(dependency)) ? "service_completed_successfully" : "service_healthy");
            });
        });
        assertThat(((Map<String, Object>) services.get("gateway").get("depends_on")).keySet())
                .contains("discovery", "kafka", "redis");
    }

    /** The gateway, the observability UI and the object store clients upload images to with presigned URLs. */
    @Test
    void onlyTheGatewayTheObservabilityUiTheObjectStoreAndTheMailCatchersUiArePublished() throws IOException {
        Map<String, Map<String, Object>> services = services();

        services.forEach((name, service) -> {
            if (service.containsKey("ports")) {
                assertThat(name).isIn("gateway", "observability", "minio", "mailpit");
            }
        });
        assertThat(services.get("mailpit").get("ports")).asString().contains(":8025").doesNotContain("1025");
    }

    @Test
    @SuppressWarnings("unchecked")
    void notificationServiceSendsItsMailToTheMailCatcher() throws IOException {
        Map<String, Object> notification = services().get("notification-service");
        Map<String, Object> environment = (Map<String, Object>) notification.get("environment");

        assertThat(environment).containsEntry("SMTP_HOST", "mailpit").containsEntry("SMTP_PORT", "1025");
        assertThat(((Map<String, Object>) notification.get("depends_on"))).containsKey("mailpit");
    }

    /** A set-up job that runs once and exits ({@code restart: "no"}); services wait for it to complete. */
    private static boolean oneShot(Map<String, Object> service) {
        return "no".equals(String.valueOf(service.get("restart")));
    }

    @Test
    void theComposeToolAcceptsTheFileWithTheDocumentedEnvironment(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(onPath("docker-compose"), "Debian's docker-compose is not installed");
        Path env = temp.resolve(".env");
        List<String> filled = Files.readAllLines(REPOSITORY.resolve(".env.example")).stream()
                .map(line -> line.endsWith("=") ? line + "placeholder" : line).toList();
        Files.write(env, filled, StandardCharsets.UTF_8);

        Process config = new ProcessBuilder("docker-compose", "--env-file", env.toString(), "-f",
                REPOSITORY.resolve("docker-compose.yml").toString(), "config", "-q").redirectErrorStream(true).start();
        String output = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(config.exitValue()).as(output).isZero();
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
