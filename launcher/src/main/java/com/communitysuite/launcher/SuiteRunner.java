package com.communitysuite.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.communitysuite.platform.embedded.EmbeddedKafkaServer;
import com.communitysuite.platform.embedded.EmbeddedPostgresServer;

/**
 * Starts the whole suite on this machine: an embedded PostgreSQL server and a KRaft broker in this JVM, then
 * discovery, the gateway and the services as JVMs of their own, and stops all of it again.
 */
public final class SuiteRunner implements AutoCloseable {

    /** Long enough for a JVM to finish its requests, deregister and write its class archive on a busy machine. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final SuiteSettings settings;
    private final PrintStream out;
    private final Map<SuiteService, Process> processes = new LinkedHashMap<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaServer kafka;
    private LocalIdentityKey identityKey;
    private LocalIdentityKey serviceKey;
    private String storageSecret;
    private volatile boolean stopping;

    public SuiteRunner(SuiteSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Ports the suite needs that something else holds already. */
    public List<String> busyPorts() {
        List<String> busy = new ArrayList<>();
        for (SuiteService service : SuiteService.ALL) {
            if (!Probe.portFree(settings.portOf(service))) {
                busy.add(service.name() + " " + settings.portOf(service));
            }
        }
        if (!Probe.portFree(settings.postgresPort())) {
            busy.add("postgres " + settings.postgresPort());
        }
        if (!Probe.portFree(settings.kafkaPort())) {
            busy.add("kafka " + settings.kafkaPort());
        }
        return busy;
    }

    /** Starts everything and returns when every JVM is healthy, registered and the gateway routes. */
    public synchronized void start(Duration timeout) throws IOException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Files.createDirectories(settings.logDirectory());
        Files.createDirectories(settings.runDirectory());
        identityKey = LocalIdentityKey.loadOrCreate(
                settings.dataDirectory().resolve("identity").resolve("gateway-signing-key.json"));
        serviceKey = LocalIdentityKey.loadOrCreate(
                settings.dataDirectory().resolve("identity").resolve("service-signing-key.json"));
        storageSecret = LocalSecret.loadOrCreate(settings.dataDirectory().resolve("storage").resolve("signing-secret"));
        out.println("Starting PostgreSQL on port " + settings.postgresPort() + " and Kafka on port "
                + settings.kafkaPort() + " ...");
        postgres = EmbeddedPostgresServer.start(settings.postgresPort(), settings.dataDirectory().resolve("postgres"));
        kafka = EmbeddedKafkaServer.start(settings.kafkaPort(), settings.dataDirectory().resolve("kafka"));

        SuiteService discovery = SuiteService.named("discovery");
        launch(discovery);
        awaitHealthy(List.of(discovery), deadline);
        List<SuiteService> others = SuiteService.ALL.stream().filter(s -> !s.isDiscovery()).toList();
        out.println("Starting the gateway and " + (others.size() - 1) + " services ...");
        for (SuiteService service : others) {
            launch(service);
        }
        awaitHealthy(others, deadline);
        awaitRegistered(others, deadline);
        awaitGatewayRouting(deadline);
    }

    /** Stops the Kafka broker, as an outage would; its topics and messages stay on disk. */
    public synchronized void stopKafka() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    /** Starts the stopped Kafka broker again on its port, with the topics and messages it had. */
    public synchronized void startKafka() {
        if (kafka != null) {
            kafka.start();
        }
    }

    /** Stops one JVM of the suite, as an operator or a failure would. */
    public synchronized void stopService(String name) throws InterruptedException {
        Process process = processes.get(SuiteService.named(name));
        if (process != null) {
            stopAll(List.of(process));
        }
    }

    /** Starts a stopped JVM of the suite again; returns when it is healthy and registered in Eureka. */
    public synchronized void startService(String name, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        SuiteService service = SuiteService.named(name);
        long deadline = System.nanoTime() + timeout.toNanos();
        launch(service);
        awaitHealthy(List.of(service), deadline);
        awaitRegistered(List.of(service), deadline);
    }

    public SuiteState state() {
        List<SuiteState.Entry> entries = new ArrayList<>();
        processes.forEach((service, process) -> entries.add(new SuiteState.Entry(service.name(),
                settings.portOf(service), process.pid(), settings.logOf(service).toString())));
        return new SuiteState(ProcessHandle.current().pid(), gatewayUrl(), settings.postgresPort(),
                settings.kafkaPort(), entries);
    }

    public String gatewayUrl() {
        return "http://localhost:" + settings.portOf(SuiteService.named("gateway"));
    }

    /** Tells about a JVM that ended while the suite runs; the others keep running. */
    public void watch() {
        processes.forEach((service, process) -> process.onExit().thenAccept(p -> {
            if (!stopping) {
                out.println(service.name() + " exited with code " + p.exitValue() + "; see "
                        + settings.logOf(service));
            }
        }));
    }

    @Override
    public synchronized void close() {
        stopping = true;
        // The gateway first, so no new requests come in; discovery last, so services can deregister.
        try {
            stopAll(processesWhere(s -> s.name().equals("gateway")));
            stopAll(processesWhere(s -> !s.isDiscovery() && !s.name().equals("gateway")));
            stopAll(processesWhere(SuiteService::isDiscovery));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            processes.values().forEach(Process::destroyForcibly);
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            }
            catch (IOException e) {
                out.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    private void launch(SuiteService service) throws IOException, InterruptedException {
        Path jar = runnableJar(service);
        Path archive = jar.resolveSibling("app.jsa");
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        List<String> options = settings.jvmOptionsOf(service);
        command.addAll(options);
        // A JVM with a native agent (a profiler) cannot record an archive; it can map one.
        boolean mayRecord = options.stream().noneMatch(option -> option.startsWith("-agent"));
        if (settings.shareClasses() && (Files.exists(archive) || mayRecord)) {
            // Class data sharing: the first run records the classes it loaded when it exits, later runs map them.
            command.add(Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive
                    : "-XX:ArchiveClassesAtExit=" + archive);
            command.add("-Xlog:cds=off,cds+dynamic=off");
        }
        command.add("-Dsuite.service=" + service.name());
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + settings.portOf(service));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.repository().toFile())
                .redirectErrorStream(true)
                .redirectOutput(settings.logOf(service).toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SUITE_POSTGRES_PORT", Integer.toString(settings.postgresPort()));
        environment.put("SUITE_KAFKA_PORT", Integer.toString(settings.kafkaPort()));
        environment.put("SUITE_DISCOVERY_PORT", Integer.toString(settings.discoveryPort()));
        environment.put("SUITE_VAR_DIR", settings.varDirectory().toAbsolutePath().toString());
        // Where clients reach the suite: user-service's local object store hands out upload URLs for it.
        environment.put("SUITE_PUBLIC_BASE_URL", gatewayUrl());
        // The services that share the local object store check each other's upload URLs with one secret.
        environment.put("SUITE_STORAGE_LOCAL_SECRET", storageSecret);
        environment.put("SUITE_IDENTITY_VERIFICATION_KEYS", identityKey.verificationKeys());
        environment.put("SUITE_SERVICE_VERIFICATION_KEYS", serviceKey.verificationKeys());
        if (service.name().equals("gateway")) {
            environment.put("SUITE_IDENTITY_SIGNING_KEY", identityKey.signingKey());
        }
        else if (!service.isDiscovery()) {
            environment.put("SUITE_SERVICE_SIGNING_KEY", serviceKey.signingKey());
        }
        environment.remove("SPRING_PROFILES_ACTIVE");
        processes.put(service, builder.start());
    }

    /**
     * The module's jar extracted under var/run (a rebuild must never replace a jar under a running JVM, and class
     * data sharing needs plain jars). It is extracted again, and its class archive dropped, only when the build
     * produced a different jar.
     */
    private Path runnableJar(SuiteService service) throws IOException, InterruptedException {
        Path built = settings.builtJarOf(service);
        if (!Files.exists(built)) {
            throw new IOException("No jar for " + service.name() + " at " + built + ": build the suite first");
        }
        Path directory = settings.runDirectory().resolve(service.name());
        Path source = directory.resolve("source.txt");
        String builtIdentity = Files.size(built) + " " + Files.getLastModifiedTime(built).toMillis();
        Path extracted = directory.resolve(built.getFileName());
        if (!Files.exists(extracted) || !Files.exists(source) || !Files.readString(source).equals(builtIdentity)) {
            deleteRecursively(directory);
            Process extract = new ProcessBuilder(javaCommand(), "-Djarmode=tools", "-jar", built.toString(), "extract",
                    "--destination", directory.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
                throw new IOException("Could not extract " + built);
            }
            Files.writeString(source, builtIdentity);
        }
        return extracted;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private void awaitHealthy(List<SuiteService> services, long deadline)
            throws InterruptedException, TimeoutException {
        List<SuiteService> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (SuiteService service : List.copyOf(waiting)) {
                Process process = processes.get(service);
                if (!process.isAlive()) {
                    throw new IllegalStateException(service.name() + " exited with code " + process.exitValue()
                            + " while starting; see " + settings.logOf(service));
                }
                if (Probe.healthy(settings.portOf(service), service.isDiscovery())) {
                    waiting.remove(service);
                }
            }
            checkDeadline(deadline, "healthy: " + names(waiting));
            if (!waiting.isEmpty()) {
                Thread.sleep(250);
            }
        }
    }

    private void awaitRegistered(List<SuiteService> services, long deadline)
            throws InterruptedException, TimeoutException {
        Set<String> expected = services.stream().map(SuiteService::eurekaName).collect(Collectors.toSet());
        while (!Probe.registeredApplications(settings.discoveryPort()).containsAll(expected)) {
            checkDeadline(deadline, "registered in Eureka");
            Thread.sleep(250);
        }
    }

    /**
     * The gateway learns of instances from Eureka on its own schedule: wait until its load balancer knows every
     * service and each route family it can be asked about anonymously is answered by its service.
     */
    private void awaitGatewayRouting(long deadline) throws InterruptedException, TimeoutException {
        GatewayReadiness readiness = new GatewayReadiness(gatewayUrl());
        List<String> waiting = readiness.notRouted();
        while (!waiting.isEmpty()) {
            checkDeadline(deadline, "routed by the gateway (waiting for " + String.join(", ", waiting) + ")");
            Thread.sleep(250);
            waiting = readiness.notRouted();
        }
    }

    private List<Process> processesWhere(java.util.function.Predicate<SuiteService> which) {
        return processes.entrySet().stream().filter(e -> which.test(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private void stopAll(List<Process> running) throws InterruptedException {
        running.forEach(Process::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Process process : running) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static void checkDeadline(long deadline, String what) throws TimeoutException {
        if (System.nanoTime() > deadline) {
            throw new TimeoutException("The suite did not become " + what + " in time");
        }
    }

    private static String names(List<SuiteService> services) {
        return services.stream().map(SuiteService::name).collect(Collectors.joining(", "));
    }

    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
