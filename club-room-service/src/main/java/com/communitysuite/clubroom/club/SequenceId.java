package com.communitysuite.clubroom.club;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.communitysuite.platform.domain.InvalidInputException;

/**
 * An app list entry's {@code sequenceId}, {@code "<join time in ms>:<32-hex id>"}: the client sends the last one it got
 * as {@code lastId} to read on after it.
 */
record SequenceId(Instant time, String id) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,15}):([a-f0-9]{32})");

    static SequenceId of(Instant time, String id) {
        return new SequenceId(time, id);
    }

    /** @throws InvalidInputException naming {@code lastId} when it is not a sequence id */
    static SequenceId parse(String lastId) {
        Matcher matcher = FORMAT.matcher(lastId);
        if (!matcher.matches()) {
            throw new InvalidInputException("lastId", "lastId不正确");
        }
        return new SequenceId(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))), matcher.group(2));
    }

    String text() {
        return time.toEpochMilli() + ":" + id;
    }
}
