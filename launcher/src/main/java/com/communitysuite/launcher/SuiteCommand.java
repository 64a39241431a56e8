package com.communitysuite.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/suite up [--fresh] | status | down}: runs the suite in the foreground, reports on one started
 * elsewhere, or stops it.
 */
public final class SuiteCommand {

    static final int OK = 0;
    static final int NOT_HEALTHY = 1;
    static final int REFUSED = 2;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final SuiteSettings settings;
    private final PrintStream out;

    SuiteCommand(SuiteSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("suite.repository", ".")).toAbsolutePath().normalize();
        SuiteSettings settings = SuiteSettings.defaults(repository);
        Files.createDirectories(settings.logDirectory());
        // The embedded broker and database log through slf4j-simple: to a file, not over the table on the terminal.
        System.setProperty("org.slf4j.simpleLogger.logFile", settings.logDirectory().resolve("infrastructure.log")
                .toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        SuiteCommand command = new SuiteCommand(settings, System.out);
        String verb = args.length == 0 ? "help" : args[0];
        int status = switch (verb) {
            case "up" -> command.up(List.of(args).contains("--fresh"));
            case "status" -> command.status();
            case "down" -> command.down();
            default -> command.usage();
        };
        System.exit(status);
    }

    int up(boolean fresh) throws Exception {
        Optional<SuiteState> running = SuiteState.read(settings.stateFile());
        if (running.isPresent() && running.get().launcherAlive()) {
            out.println("The suite is already running (launcher pid " + running.get().launcherPid() + ", gateway "
                    + running.get().gatewayUrl() + "). Use 'bin/suite status' or 'bin/suite down'.");
            return REFUSED;
        }
        SuiteRunner runner = new SuiteRunner(settings, out);
        List<String> busy = runner.busyPorts();
        if (!busy.isEmpty()) {
            out.println("Cannot start: these ports are in use: " + String.join(", ", busy)
                    + ". Is another suite or server running?");
            return REFUSED;
        }
        if (fresh) {
            out.println("Starting from empty data (--fresh).");
            SuiteRunner.deleteRecursively(settings.dataDirectory());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println();
            out.println("Stopping the suite ...");
            runner.close();
            deleteState();
            out.println("Stopped.");
            stopped.countDown();
        }, "suite-stop"));
        long started = System.nanoTime();
        try {
            runner.start(START_TIMEOUT);
        }
        catch (Exception e) {
            out.println("The suite did not start: " + e.getMessage());
            return NOT_HEALTHY;
        }
        runner.state().write(settings.stateFile());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        out.println();
        out.printf("Gateway ready at %s (started in %.1f s)%n", runner.gatewayUrl(), took.toMillis() / 1000.0);
        printTable(runner.state());
        out.println("Messages the local profile would send (captcha SMS, e-mail) are written to "
                + settings.varDirectory().resolve("outbox") + "/<channel>.jsonl.");
        out.println("Press Ctrl-C to stop the suite.");
        runner.watch();
        stopped.await();
        return OK;
    }

    int status() {
        Optional<SuiteState> state = SuiteState.read(settings.stateFile());
        if (state.isEmpty() || !state.get().launcherAlive()) {
            out.println("The suite is not running.");
            return NOT_HEALTHY;
        }
        boolean allHealthy = true;
        out.println("Gateway at " + state.get().gatewayUrl() + " (launcher pid " + state.get().launcherPid() + ")");
        out.printf("%-22s %-6s %-8s %-7s %s%n", "SERVICE", "PORT", "PID", "HEALTH", "LOG");
        for (SuiteState.Entry entry : state.get().services()) {
            boolean alive = ProcessHandle.of(entry.pid()).map(ProcessHandle::isAlive).orElse(false);
            boolean healthy = alive && Probe.healthy(entry.port(), entry.name().equals("discovery"));
            allHealthy &= healthy;
            out.printf("%-22s %-6d %-8d %-7s %s%n", entry.name(), entry.port(), entry.pid(),
                    healthy ? "UP" : alive ? "DOWN" : "STOPPED", relative(entry.log()));
        }
        boolean postgresUp = !Probe.portFree(state.get().postgresPort());
        boolean kafkaUp = !Probe.portFree(state.get().kafkaPort());
        out.printf("%-22s %-6d %-8s %-7s %s%n", "postgres (embedded)", state.get().postgresPort(), "-",
                postgresUp ? "UP" : "DOWN", relative(settings.logDirectory().resolve("infrastructure.log").toString()));
        out.printf("%-22s %-6d %-8s %-7s %s%n", "kafka (in launcher)", state.get().kafkaPort(),
                state.get().launcherPid(), kafkaUp ? "UP" : "DOWN",
                relative(settings.logDirectory().resolve("infrastructure.log").toString()));
        return allHealthy && postgresUp && kafkaUp ? OK : NOT_HEALTHY;
    }

    int down() throws InterruptedException {
        Optional<SuiteState> state = SuiteState.read(settings.stateFile());
        if (state.isEmpty()) {
            out.println("The suite is not running.");
            stopOrphanedPostgres();
            return OK;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(state.get().launcherPid()).filter(ProcessHandle::isAlive);
        if (launcher.isPresent()) {
            out.println("Stopping the suite (launcher pid " + state.get().launcherPid() + ") ...");
            launcher.get().destroy();
            awaitExit(launcher.get(), Duration.ofSeconds(180));
        }
        for (SuiteState.Entry entry : state.get().services()) {
            Optional<ProcessHandle> process = ProcessHandle.of(entry.pid()).filter(ProcessHandle::isAlive);
            if (process.isPresent()) {
                process.get().destroy();
                awaitExit(process.get(), Duration.ofSeconds(30));
            }
        }
        stopOrphanedPostgres();
        deleteState();
        out.println("Stopped.");
        return OK;
    }

    private int usage() {
        out.println("Usage: bin/suite up [--fresh] | status | down");
        return REFUSED;
    }

    private void printTable(SuiteState state) {
        out.printf("%-22s %-6s %-8s %s%n", "SERVICE", "PORT", "PID", "LOG");
        for (SuiteState.Entry entry : state.services()) {
            out.printf("%-22s %-6d %-8d %s%n", entry.name(), entry.port(), entry.pid(), relative(entry.log()));
        }
        out.printf("%-22s %-6d %-8s %s%n", "postgres (embedded)", state.postgresPort(), "-",
                relative(settings.dataDirectory().resolve("postgres").toString()));
        out.printf("%-22s %-6d %-8d %s%n", "kafka (in launcher)", state.kafkaPort(), state.launcherPid(),
                relative(settings.logDirectory().resolve("infrastructure.log").toString()));
    }

    private String relative(String path) {
        Path absolute = Path.of(path).toAbsolutePath();
        return absolute.startsWith(settings.repository()) ? settings.repository().relativize(absolute).toString()
                : absolute.toString();
    }

    /** A launcher killed with SIGKILL leaves its PostgreSQL server behind; its pid file says which process. */
    private void stopOrphanedPostgres() throws InterruptedException {
        Path pidFile = settings.dataDirectory().resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (postmaster.isPresent()) {
                out.println("Stopping PostgreSQL left behind (pid " + pid + ") ...");
                postmaster.get().destroy();
                awaitExit(postmaster.get(), Duration.ofSeconds(30));
            }
        }
        catch (IOException | RuntimeException e) {
            out.println("Could not read " + pidFile + ": " + e.getMessage());
        }
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
        }
    }

    private void deleteState() {
        try {
            Files.deleteIfExists(settings.stateFile());
        }
        catch (IOException e) {
            out.println("Could not delete " + settings.stateFile() + ": " + e.getMessage());
        }
    }
}
