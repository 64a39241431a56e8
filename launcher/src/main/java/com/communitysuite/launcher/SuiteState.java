package com.communitysuite.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a running suite writes to {@code var/suite.json}, so that {@code status} and {@code down} run from another
 * shell can find it.
 */
public record SuiteState(long launcherPid, String gatewayUrl, int postgresPort, int kafkaPort,
        List<Entry> services) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One JVM of the suite. */
    public record Entry(String name, int port, long pid, String log) {
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static Optional<SuiteState> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readString(file), SuiteState.class));
        }
        catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean launcherAlive() {
        return ProcessHandle.of(launcherPid).map(ProcessHandle::isAlive).orElse(false);
    }
}
