package com.communitysuite.launcher.images;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.communitysuite.platform.embedded.EmbeddedKafkaServer;
import com.communitysuite.platform.embedded.EmbeddedPostgresServer;
import com.communitysuite.platform.security.identity.IdentityKeys;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * {@code bin/images verify}: every image tarball loaded into podman and run with runc (host network, the local
 * profile against an embedded PostgreSQL and Kafka in this JVM), until its readiness probe answers UP. Prints one
 * line per image and exits non-zero if any did not become healthy.
 *
 * <p>{@code bin/images train} (argument {@code train}): runs each image once up to the end of its context refresh
 * with {@code -XX:ArchiveClassesAtExit} (against an embedded PostgreSQL and Kafka), leaving the class archive in {@code <module>/target/cds/app.jsa} for the
 * next image build to include. It is made by the image's own JVM with the image's own class path, as class data
 * sharing requires.
 */
public final class ImageVerification {

    private static final List<String> PODMAN = List.of("podman", "--runtime=runc", "--cgroup-manager=cgroupfs",
            "--events-backend=file");
    private static final Map<String, Integer> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("discovery", 38761);
        MODULES.put("gateway", 38080);
        MODULES.put("account-service", 38081);
        MODULES.put("user-service", 38082);
        MODULES.put("meeting-service", 38083);
        MODULES.put("activity-service", 38084);
        MODULES.put("club-room-service", 38085);
        MODULES.put("notification-service", 38086);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ImageVerification() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("suite.repository", ".")).toAbsolutePath().normalize();
        if (args.length > 0 && args[0].equals("train")) {
            System.exit(train(repository) ? 0 : 1);
        }
        Path work = Files.createTempDirectory("image-verification");
        ECKey key = IdentityKeys.generate();
        List<String> containers = new ArrayList<>();
        boolean allHealthy = true;
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(35432, work.resolve("postgres"));
                EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(39092, work.resolve("kafka"))) {
            System.out.printf("%-34s %-9s %-8s %s%n", "IMAGE", "SIZE", "HEALTHY", "AFTER");
            for (Map.Entry<String, Integer> module : MODULES.entrySet()) {
                Path tar = repository.resolve(module.getKey()).resolve("target/jib-image.tar");
                String image = load(tar);
                String container = "verify-" + module.getKey();
                podman(List.of("rm", "-f", container));
                List<String> run = new ArrayList<>(List.of("run", "-d", "--name", container, "--read-only",
                        "--tmpfs", "/tmp", "-e", "SERVER_PORT=" + module.getValue(),
                        "-e", "SUITE_DISCOVERY_PORT=38761", "-e", "SUITE_VAR_DIR=/tmp/suite"));
                run.addAll(localProfile(key));
                run.add(image);
                podman(run);
                containers.add(container);
                long started = System.nanoTime();
                boolean healthy = awaitReady(module.getValue(), Duration.ofMinutes(4));
                allHealthy &= healthy;
                System.out.printf("%-34s %-9s %-8s %.0f s%n", image.replaceFirst(".*/", ""),
                        Files.size(tar) / (1024 * 1024) + " MiB", healthy ? "yes" : "NO",
                        (System.nanoTime() - started) / 1e9);
                if (!healthy) {
                    System.out.println(podman(List.of("logs", "--tail", "30", container)));
                }
            }
            System.out.println("Each image runs as user " + podman(List.of("image", "inspect", "--format",
                    "{{.Config.User}}", load(repository.resolve("gateway/target/jib-image.tar")))).trim()
                    + " with a read-only root file system.");
        }
        finally {
            for (String container : containers) {
                podman(List.of("rm", "-f", "-t", "20", container));
            }
        }
        System.exit(allHealthy ? 0 : 1);
    }

    private static boolean train(Path repository) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("image-training");
        ECKey key = IdentityKeys.generate();
        boolean allTrained = true;
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(35432, work.resolve("postgres"));
                EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(39092, work.resolve("kafka"))) {
            for (String module : MODULES.keySet()) {
                Path archives = repository.resolve(module).resolve("target/cds");
                Files.createDirectories(archives);
                Files.deleteIfExists(archives.resolve("app.jsa"));
                // The container's user writes the archive into the mounted directory.
                Files.setPosixFilePermissions(archives, PosixFilePermissions.fromString("rwxrwxrwx"));
                String image = load(repository.resolve(module).resolve("target/jib-image.tar"));
                long started = System.nanoTime();
                List<String> run = new ArrayList<>(List.of("run", "--rm", "-v", archives + ":/cds"));
                run.addAll(localProfile(key));
                run.addAll(List.of("--entrypoint", "sh", image, "-c",
                        "exec java -XX:ArchiveClassesAtExit=/cds/app.jsa -Dspring.context.exit=onRefresh"
                                + " -Djava.io.tmpdir=/tmp -cp @/app/jib-classpath-file"
                                + " $(cat /app/jib-main-class-file)"));
                String output = podman(run);
                boolean trained = Files.exists(archives.resolve("app.jsa"));
                allTrained &= trained;
                System.out.printf("%-22s %s in %.0f s%n", module, trained ? "class archive "
                        + Files.size(archives.resolve("app.jsa")) / (1024 * 1024) + " MiB" : "NOT TRAINED",
                        (System.nanoTime() - started) / 1e9);
                if (!trained) {
                    System.out.println(output.lines().skip(Math.max(0, output.lines().count() - 30))
                            .collect(Collectors.joining("\n")));
                }
            }
        }
        return allTrained;
    }

    /**
     * What every container here runs with: the host's network, the limits runc may set here, and the local profile
     * against this JVM's embedded PostgreSQL and Kafka with an identity key pair (only the gateway uses the private
     * key).
     */
    private static List<String> localProfile(ECKey key) {
        return List.of("--network=host", "--ulimit", "nofile=1024:1024", "--ulimit", "nproc=4096:4096",
                "-e", "SPRING_PROFILES_ACTIVE=local", "-e", "SUITE_POSTGRES_PORT=35432",
                "-e", "SUITE_KAFKA_PORT=39092", "-e", "SUITE_IDENTITY_SIGNING_KEY=" + key.toJSONString(),
                "-e", "SUITE_IDENTITY_VERIFICATION_KEYS=" + new JWKSet(key.toPublicJWK()));
    }

    private static String load(Path tar) throws IOException, InterruptedException {
        String output = podman(List.of("load", "-q", "-i", tar.toString()));
        return output.lines().filter(l -> l.startsWith("Loaded image")).map(l -> l.substring(l.indexOf(':') + 1)
                .trim()).reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("podman load: " + output));
    }

    private static boolean awaitReady(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return true;
                }
            }
            catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static String podman(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(PODMAN);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
