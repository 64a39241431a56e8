package com.communitysuite.clubroom.schedule;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.communitysuite.platform.domain.InvalidInputException;

/** An event list entry's {@code sequenceId}, {@code "<eventTime in ms>:<eventId>"}, sent back as {@code lastId}. */
record EventCursor(Instant time, String eventId) {

    private static final Pattern FORMAT = Pattern.compile("(-?\\d{1,15}):([a-f0-9]{32})");

    static String of(Instant time, String eventId) {
        return time.toEpochMilli() + ":" + eventId;
    }

    static EventCursor parse(String lastId) {
        Matcher matcher = FORMAT.matcher(lastId);
        if (!matcher.matches()) {
            throw new InvalidInputException("lastId", "lastId不正确");
        }
        return new EventCursor(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))), matcher.group(2));
    }
}
