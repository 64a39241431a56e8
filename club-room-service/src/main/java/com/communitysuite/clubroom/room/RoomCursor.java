package com.communitysuite.clubroom.room;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.communitysuite.platform.domain.InvalidInputException;

/** A room list entry's {@code sequenceId}, {@code "<room creation in ms>:<roomId>"}, sent back as {@code lastId}. */
record RoomCursor(Instant time, String roomId) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,15}):([a-f0-9]{32})");

    static String of(Instant time, String roomId) {
        return time.toEpochMilli() + ":" + roomId;
    }

    static RoomCursor parse(String lastId) {
        Matcher matcher = FORMAT.matcher(lastId);
        if (!matcher.matches()) {
            throw new InvalidInputException("lastId", "lastId不正确");
        }
        return new RoomCursor(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))), matcher.group(2));
    }
}
