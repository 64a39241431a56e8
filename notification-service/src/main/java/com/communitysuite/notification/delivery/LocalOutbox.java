package com.communitysuite.notification.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import com.communitysuite.notification.support.Json;

/**
 * The local profile's stand-in for every outside service: each message is appended as one JSON line to
 * {@code <directory>/<channel>.jsonl}, with the time it was "sent" as {@code at}, so a person running the suite can
 * read their captcha, their invitation or their push. Refused under the prod profile.
 */
public class LocalOutbox {

    private final Path directory;
    private final Clock clock;

    public LocalOutbox(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Fails start-up when a channel is set to its local stand-in under the prod profile. */
    public static void refuseUnderProd(Environment environment, String modeProperty) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(modeProperty + "=local writes messages to a local file instead of"
                    + " sending them: it is refused under the prod profile");
        }
    }

    /** Appends the fields in their order, then {@code at}. */
    public synchronized void append(String channel, Map<String, ?> fields) {
        Map<String, Object> line = new LinkedHashMap<>(fields);
        line.put("at", clock.instant().toString());
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(channel + ".jsonl"), Json.write(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
