package com.communitysuite.launcher.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.communitysuite.platform.embedded.EmbeddedKafkaServer;
import com.communitysuite.platform.security.identity.IdentityKeys;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Gateway overhead, measured side by side in one run: one cheap authenticated app GET ({@code /user/block} with
 * Basic credentials, {@code ts}, {@code sign}, the replay check and the identity hand-off) through the gateway, and the same request
 * straight to the fixed-answer service behind it. The service and account-service are stand-ins in this JVM (no
 * authenticated app GET exists in the services yet); the gateway is the real jar, run as the suite runs it.
 *
 * <p>Usage: {@code bin/benchmark} (builds first). Prints a table for docs/benchmarks.md. System properties:
 * {@code benchmark.seconds} (each phase, default 15), {@code benchmark.warmup.seconds} (through the gateway before
 * measuring, default 60). Arguments, if any, replace the gateway's JVM options (default
 * {@code -XX:+UseSerialGC -Xmx256m}, as the local suite runs it).
 */
public final class GatewayBenchmark {

    private static final String UID = "0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "c184241930be43b5bc36812ce3de56b5";
    private static final String SECRET = "e31bc25bcc6641a1a998eacb6ca9d244";
    private static final byte[] ANSWER = "{\"result\":{\"page\":{\"count\":20},\"list\":[]},\"message\":\"Success\",\"status\":1}"
            .getBytes(StandardCharsets.UTF_8);

    private final HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4))
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> gatewayJvmOptions;

    private GatewayBenchmark(List<String> gatewayJvmOptions) {
        this.gatewayJvmOptions = gatewayJvmOptions;
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("suite.repository", ".")).toAbsolutePath().normalize();
        List<String> jvmOptions = args.length > 0 ? List.of(args) : List.of("-XX:+UseSerialGC", "-Xmx256m");
        System.out.println("Gateway JVM options: " + String.join(" ", jvmOptions));
        new GatewayBenchmark(jvmOptions).run(repository, Duration.ofSeconds(Long.getLong("benchmark.seconds", 15)));
        // The load generator's threads would keep the JVM alive.
        System.exit(0);
    }

    private void run(Path repository, Duration phase) throws Exception {
        HttpServer service = server(exchange -> reply(exchange, ANSWER));
        HttpServer account = server(exchange -> reply(exchange, accountServiceAnswer(exchange.getRequestURI()
                .getPath()).getBytes(StandardCharsets.UTF_8)));
        Path kafkaData = Files.createTempDirectory("bench-kafka");
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(0, kafkaData.resolve("data"));
        int gatewayPort = freePort();
        Process gateway = startGateway(repository, gatewayPort, service.getAddress().getPort(),
                account.getAddress().getPort(), kafka.bootstrapServers());
        try {
            awaitUp("http://localhost:" + gatewayPort + "/actuator/health", Duration.ofMinutes(2));
            String direct = "http://localhost:" + service.getAddress().getPort();
            String through = "http://localhost:" + gatewayPort;
            // The JIT compiles the gateway's request path for a minute or more on two cores; measure after that.
            Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup.seconds", 60));
            System.out.println("Warming up for " + warmUp.toSeconds() + " s ...");
            closedLoop(direct, 16, Duration.ofSeconds(10));
            closedLoop(through, 16, warmUp);
            List<String> rows = new ArrayList<>();
            Result directMax = closedLoop(direct, 32, phase);
            Result gatewayMax = closedLoop(through, 32, phase);
            Result directAt500 = openLoop(direct, 500, phase);
            Result gatewayAt500 = openLoop(through, 500, phase);
            rows.add(directMax.row("direct to the service", "32 in flight"));
            rows.add(gatewayMax.row("through the gateway", "32 in flight"));
            rows.add(directAt500.row("direct to the service", "500 req/s offered"));
            rows.add(gatewayAt500.row("through the gateway", "500 req/s offered"));
            System.out.println();
            System.out.println("| path | load | requests | errors | req/s | p50 ms | p99 ms |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            rows.forEach(System.out::println);
            System.out.printf("%nThroughput through the gateway: %.0f %% of direct. Added p99 at 500 req/s: %.2f ms.%n",
                    100.0 * gatewayMax.perSecond() / directMax.perSecond(), gatewayAt500.p99() - directAt500.p99());
        }
        finally {
            gateway.destroy();
            gateway.waitFor(30, TimeUnit.SECONDS);
            kafka.close();
            service.stop(0);
            account.stop(0);
        }
    }

    /** account-service's answers the gateway needs: its keys, the session, and the account as a principal. */
    private static String accountServiceAnswer(String path) {
        if (path.endsWith("/jwks")) {
            return "{\"keys\":[]}";
        }
        if (path.startsWith("/internal/principals/")) {
            return "{\"accountId\":7,\"uid\":\"" + UID
                    + "\",\"status\":\"normal\",\"roles\":[\"user\"],\"levels\":{}}";
        }
        return "{\"accountId\":7,\"uid\":\"" + UID + "\",\"accessSecret\":\"" + SECRET + "\"}";
    }

    private Process startGateway(Path repository, int port, int servicePort, int accountPort, String kafka)
            throws IOException {
        Path jar = repository.resolve("gateway/target/gateway.jar");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(gatewayJvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--eureka.client.enabled=false",
                "--spring.cloud.discovery.client.simple.instances.user-service[0].uri=http://localhost:" + servicePort,
                "--spring.cloud.discovery.client.simple.instances.account-service[0].uri=http://localhost:" + accountPort,
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--suite.gateway.rate-limit.per-address-per-second=1000000",
                "--suite.gateway.rate-limit.per-caller-per-second=1000000",
                "--management.tracing.sampling.probability=0.1",
                "--logging.level.root=warn"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("bench-gateway", ".log").toFile());
        builder.environment().put("SUITE_IDENTITY_SIGNING_KEY", IdentityKeys.generate().toJSONString());
        return builder.start();
    }

    /** A fresh, signed request each time: the replay check must see every sign once. */
    private HttpRequest request(String base) {
        String ts = Long.toString(System.currentTimeMillis());
        String nonce = Long.toString(SEQUENCE.incrementAndGet());
        String sign = md5("count=20$$$nonce=" + nonce + "$$$ts=" + ts + "$$$accessSecret=" + SECRET);
        return HttpRequest.newBuilder(URI.create(base + "/user/block?count=20&nonce=" + nonce + "&ts=" + ts + "&sign="
                + sign)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((UID + ":" + TOKEN)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Client-Type", "1").header("Version-Name", "0.1.7").header("Version-Code", "19")
                .build();
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private Result closedLoop(String base, int inFlight, Duration duration) throws InterruptedException {
        Semaphore slots = new Semaphore(inFlight);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        while (System.nanoTime() < end) {
            slots.acquire();
            send(base, latencies, errors).whenComplete((r, e) -> slots.release());
        }
        slots.acquire(inFlight);
        return new Result(latencies, errors.get(), System.nanoTime() - started);
    }

    private Result openLoop(String base, int perSecond, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long started = System.nanoTime();
        long total = duration.toSeconds() * perSecond;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long due = started + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pending.add(send(base, latencies, errors));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return new Result(latencies, errors.get(), System.nanoTime() - started);
    }

    private CompletableFuture<?> send(String base, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        long sent = System.nanoTime();
        return client.sendAsync(request(base), HttpResponse.BodyHandlers.discarding()).whenComplete((response, e) -> {
            if (e != null || response.statusCode() != 200) {
                errors.incrementAndGet();
            }
            else {
                latencies.add(System.nanoTime() - sent);
            }
        });
    }

    private record Result(ConcurrentLinkedQueue<Long> latencies, long errors, long elapsedNanos) {

        double perSecond() {
            return latencies.size() / (elapsedNanos / 1e9);
        }

        double percentile(double p) {
            List<Long> sorted = latencies.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())))
                    / 1e6;
        }

        double p99() {
            return percentile(0.99);
        }

        String row(String path, String load) {
            return String.format("| %s | %s | %d | %d | %.0f | %.2f | %.2f |", path, load, latencies.size(), errors,
                    perSecond(), percentile(0.50), p99());
        }
    }

    private static HttpServer server(Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 256);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                handler.handle(exchange);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }

    private static void reply(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void awaitUp(String url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            }
            catch (IOException e) {
                Thread.sleep(250);
                continue;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The gateway did not start");
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
