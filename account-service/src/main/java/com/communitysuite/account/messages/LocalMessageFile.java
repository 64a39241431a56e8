package com.communitysuite.account.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The local profile's stand-in for delivery: each message is appended as a JSON line to
 * {@code <directory>/<channel>.jsonl}, so a person running the suite can read their captcha.
 */
public class LocalMessageFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;

    public LocalMessageFile(Path directory) {
        this.directory = directory;
    }

    synchronized void append(String channel, Map<String, Object> line) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(channel + ".jsonl"), JSON.writeValueAsString(line) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
