package com.communitysuite.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the suite runs from and on which ports. Ports: gateway {@code basePort} (8080), services 8081-8086,
 * discovery 8761; PostgreSQL and Kafka on ports of their own.
 *
 * @param repository the checkout whose modules' jars are run
 * @param varDirectory data, logs, run files and the state file
 * @param jvmOptions        every JVM's options but the gateway's
 * @param gatewayJvmOptions the gateway's options: it is the one hot path, every request passes it
 * @param shareClasses      whether JVMs record and reuse class-data archives (worth it for a suite that is restarted)
 */
public record SuiteSettings(Path repository, Path varDirectory, int basePort, int postgresPort, int kafkaPort,
        List<String> jvmOptions, List<String> gatewayJvmOptions, boolean shareClasses) {

    public static final int DEFAULT_BASE_PORT = 8080;
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    /** Suited to a 2-core machine: fast start-up matters more than peak throughput for a local suite. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xms64m", "-Xmx256m", "-Xss512k", "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=192m",
            "-XX:CICompilerCount=1");
    /**
     * The gateway is the one hot path: it gets the full tiered JIT (C1 then C2, two compiler threads). Measured with
     * {@code bin/benchmark suite} (docs/benchmarks.md): 0.32 ms of gateway CPU per routed request and 58 % of direct
     * throughput, against 0.69 ms and 38 % with C1 alone; C2's compilations cost CPU during the first minute.
     */
    public static final List<String> DEFAULT_GATEWAY_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m",
            "-Xmx256m", "-Xss512k", "-XX:ReservedCodeCacheSize=96m", "-XX:MaxMetaspaceSize=192m",
            "-XX:CICompilerCount=2");

    /** With the gateway's options of the local suite. */
    public SuiteSettings(Path repository, Path varDirectory, int basePort, int postgresPort, int kafkaPort,
            List<String> jvmOptions, boolean shareClasses) {
        this(repository, varDirectory, basePort, postgresPort, kafkaPort, jvmOptions, DEFAULT_GATEWAY_JVM_OPTIONS,
                shareClasses);
    }

    public static SuiteSettings defaults(Path repository) {
        return new SuiteSettings(repository, repository.resolve("var"), DEFAULT_BASE_PORT, DEFAULT_POSTGRES_PORT,
                DEFAULT_KAFKA_PORT, DEFAULT_JVM_OPTIONS, true);
    }

    public SuiteSettings withGatewayJvmOptions(List<String> options) {
        return new SuiteSettings(repository, varDirectory, basePort, postgresPort, kafkaPort, jvmOptions,
                List.copyOf(options), shareClasses);
    }

    public List<String> jvmOptionsOf(SuiteService service) {
        return service.name().equals("gateway") ? gatewayJvmOptions : jvmOptions;
    }

    public int portOf(SuiteService service) {
        return basePort + service.portOffset();
    }

    public int discoveryPort() {
        return portOf(SuiteService.named("discovery"));
    }

    public Path logDirectory() {
        return varDirectory.resolve("log");
    }

    public Path logOf(SuiteService service) {
        return logDirectory().resolve(service.name() + ".log");
    }

    public Path dataDirectory() {
        return varDirectory.resolve("data");
    }

    public Path runDirectory() {
        return varDirectory.resolve("run");
    }

    public Path stateFile() {
        return varDirectory.resolve("suite.json");
    }

    /** The jar Maven packaged for the module. */
    public Path builtJarOf(SuiteService service) {
        return repository.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
    }
}
