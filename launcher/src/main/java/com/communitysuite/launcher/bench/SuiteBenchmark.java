package com.communitysuite.launcher.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.communitysuite.launcher.SuiteRunner;
import com.communitysuite.launcher.SuiteSettings;
import com.communitysuite.launcher.SuiteState;
import com.communitysuite.platform.security.identity.IdentityKeys;
import com.communitysuite.platform.security.identity.IdentityTokenSigner;
import com.communitysuite.platform.security.identity.SuiteIdentity;

/**
 * The real suite under load: {@code wrk} through the gateway to a real endpoint of a real service, then the same
 * endpoint called directly with an identity token made from the local signing key, one after the other, after a
 * warm-up of both. Prints both throughputs, p50/p99, the count of non-2xx answers and the CPU time the gateway and
 * the service spent per request (from the JVMs' own CPU counters).
 *
 * <p>Usage: {@code bin/benchmark suite [gateway JVM options]} (builds first; the suite must not be running: this
 * starts it with the per-address and per-caller rate limits raised out of the way, and stops it). System
 * properties: {@code benchmark.path} (default {@code /mp/ping/}, served by meeting-service),
 * {@code benchmark.seconds} (each measured phase, default 60), {@code benchmark.warmup.seconds} (default 60),
 * {@code benchmark.connections} (default 32). With {@code benchmark.all=true} ({@code bin/benchmark all}) the same
 * run then measures joins and the invite-to-inbox latency ({@link JoinBenchmark}), the start-up time and the suite's
 * resident memory, so every figure comes from one run on one machine state.
 */
public final class SuiteBenchmark {

    private static final String SERVICE = "meeting-service";

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("suite.repository", ".")).toAbsolutePath().normalize();
        String path = System.getProperty("benchmark.path", "/mp/ping/");
        Duration phase = Duration.ofSeconds(Long.getLong("benchmark.seconds", 60));
        Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup.seconds", 60));
        int connections = Integer.getInteger("benchmark.connections", 32);
        List<String> gatewayOptions = new ArrayList<>(args.length > 0 ? List.of(args)
                : SuiteSettings.DEFAULT_GATEWAY_JVM_OPTIONS);
        gatewayOptions.add("-Dsuite.gateway.rate-limit.per-address-per-second=1000000");
        gatewayOptions.add("-Dsuite.gateway.rate-limit.per-caller-per-second=1000000");
        SuiteSettings settings = SuiteSettings.defaults(repository).withGatewayJvmOptions(gatewayOptions);
        System.setProperty("org.slf4j.simpleLogger.logFile", settings.logDirectory().resolve("infrastructure.log")
                .toString());
        Files.createDirectories(settings.logDirectory());

        SuiteRunner suite = new SuiteRunner(settings, System.out);
        if (!suite.busyPorts().isEmpty()) {
            System.out.println("Ports in use (" + String.join(", ", suite.busyPorts())
                    + "): stop the running suite first ('bin/suite down').");
            System.exit(2);
        }
        // Ctrl-C stops the suite too.
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "suite-stop"));
        try {
            long starting = System.nanoTime();
            suite.start(Duration.ofMinutes(10));
            Duration startUp = Duration.ofNanos(System.nanoTime() - starting);
            SuiteState state = suite.state();
            long gatewayPid = pidOf(state, "gateway");
            long servicePid = pidOf(state, SERVICE);
            int servicePort = state.services().stream().filter(s -> s.name().equals(SERVICE)).findFirst()
                    .orElseThrow().port();
            String through = suite.gatewayUrl() + path;
            String direct = "http://localhost:" + servicePort + path;
            String identity = "Authorization: Bearer " + directToken(settings);

            System.out.println("Gateway JVM options: " + String.join(" ", gatewayOptions));
            System.out.printf("Warming up: %d s through the gateway, 10 s direct ...%n", warmUp.toSeconds());
            wrk(through, null, connections, warmUp);
            wrk(direct, identity, connections, Duration.ofSeconds(10));

            Phase gatewayPhase = measure("through the gateway", through, null, connections, phase, gatewayPid,
                    servicePid);
            Phase directPhase = measure("direct to " + SERVICE, direct, identity, connections, phase, gatewayPid,
                    servicePid);

            System.out.println();
            System.out.printf("wrk -t1 -c%d -d%ds --latency %s%n", connections, phase.toSeconds(), through);
            System.out.printf("wrk -t1 -c%d -d%ds --latency -H 'Authorization: Bearer <identity token>' %s%n",
                    connections, phase.toSeconds(), direct);
            System.out.println();
            System.out.println("| path | requests | non-2xx | req/s | p50 ms | p99 ms | gateway CPU ms/req | "
                    + "service CPU ms/req |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
            System.out.println(gatewayPhase.row());
            System.out.println(directPhase.row());
            System.out.printf(Locale.ROOT, "%nThrough the gateway: %.0f %% of direct throughput; gateway CPU %.3f ms "
                    + "per routed request.%n", 100.0 * gatewayPhase.result().perSecond()
                            / directPhase.result().perSecond(), gatewayPhase.gatewayCpuPerRequest());
            if (Boolean.getBoolean("benchmark.all")) {
                System.out.println();
                JoinBenchmark.run(suite.gatewayUrl(), settings.varDirectory());
                System.out.println();
                System.out.println("| the embedded suite | figure |");
                System.out.println("| --- | --- |");
                System.out.printf(Locale.ROOT, "| start-up, launch to every route answered by its service | %.1f s |%n",
                        startUp.toMillis() / 1000.0);
                System.out.printf(Locale.ROOT, "| resident memory after the run: %s | %.2f GiB |%n",
                        "8 JVMs, the launcher with Kafka, PostgreSQL", residentBytes() / (1024.0 * 1024 * 1024));
            }
        }
        finally {
            suite.close();
        }
        System.exit(0);
    }

    /** The resident memory of this JVM (the launcher, with the Kafka broker) and every process it started. */
    private static long residentBytes() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ProcessHandle.current()),
                ProcessHandle.current().descendants()).mapToLong(process -> {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()),
                                "status"))) {
                            if (line.startsWith("VmRSS:")) {
                                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                            }
                        }
                    }
                    catch (IOException | RuntimeException gone) {
                        // A process that ended meanwhile uses no memory.
                    }
                    return 0;
                }).sum();
    }

    /** An anonymous mp caller's identity token, signed with the key the local gateway signs with. */
    private static String directToken(SuiteSettings settings) throws IOException {
        Path keyFile = settings.dataDirectory().resolve("identity").resolve("gateway-signing-key.json");
        IdentityTokenSigner signer = new IdentityTokenSigner(IdentityKeys.signingKey(Files.readString(keyFile)),
                Duration.ofHours(1), Clock.systemUTC());
        return signer.sign(SuiteIdentity.anonymous("mp"));
    }

    private static long pidOf(SuiteState state, String name) {
        return state.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().pid();
    }

    private static Phase measure(String name, String url, String header, int connections, Duration duration,
            long gatewayPid, long servicePid) throws IOException, InterruptedException {
        Duration gatewayBefore = cpu(gatewayPid);
        Duration serviceBefore = cpu(servicePid);
        WrkResult result = wrk(url, header, connections, duration);
        Duration gatewayCpu = cpu(gatewayPid).minus(gatewayBefore);
        Duration serviceCpu = cpu(servicePid).minus(serviceBefore);
        System.out.println(name + ":");
        System.out.println(result.output().strip());
        return new Phase(name, result, gatewayCpu, serviceCpu);
    }

    private record Phase(String name, WrkResult result, Duration gatewayCpu, Duration serviceCpu) {

        double gatewayCpuPerRequest() {
            return gatewayCpu.toNanos() / 1e6 / Math.max(1, result.requests());
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %.3f | %.3f |", name,
                    result.requests(), result.non2xx(), result.perSecond(), result.p50Millis(), result.p99Millis(),
                    gatewayCpuPerRequest(), serviceCpu.toNanos() / 1e6 / Math.max(1, result.requests()));
        }
    }

    private static Duration cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    private static WrkResult wrk(String url, String header, int connections, Duration duration)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--latency", "--timeout", "10s"));
        if (header != null) {
            command.add("-H");
            command.add(header);
        }
        command.add(url);
        Process wrk;
        try {
            wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        }
        catch (IOException e) {
            throw new IOException("wrk is not installed (Debian: apt-get install -y wrk)", e);
        }
        String output;
        try (InputStream in = wrk.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        return WrkResult.parse(output);
    }

    /** What wrk printed, and the figures read from it. */
    record WrkResult(String output, long requests, long non2xx, double perSecond, double p50Millis,
            double p99Millis) {

        private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
        private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
        private static final Pattern PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
        private static final Pattern SOCKET_ERRORS = Pattern.compile(
                "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

        static WrkResult parse(String output) {
            long requests = Long.parseLong(find(REQUESTS, output, "0"));
            long non2xx = Long.parseLong(find(NON_2XX, output, "0"));
            Matcher errors = SOCKET_ERRORS.matcher(output);
            if (errors.find()) {
                for (int i = 1; i <= 4; i++) {
                    non2xx += Long.parseLong(errors.group(i));
                }
            }
            return new WrkResult(output, requests, non2xx, Double.parseDouble(find(PER_SECOND, output, "0")),
                    percentile(output, "50%"), percentile(output, "99%"));
        }

        private static String find(Pattern pattern, String output, String otherwise) {
            Matcher matcher = pattern.matcher(output);
            return matcher.find() ? matcher.group(1) : otherwise;
        }

        /** A latency line of wrk's distribution ({@code 99%    4.21ms}), in milliseconds. */
        private static double percentile(String output, String which) {
            Matcher matcher = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
            if (!matcher.find()) {
                return Double.NaN;
            }
            double value = Double.parseDouble(matcher.group(1));
            return switch (matcher.group(2)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
        }
    }
}
