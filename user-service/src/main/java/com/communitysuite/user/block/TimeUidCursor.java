package com.communitysuite.user.block;

import java.time.Instant;

import com.communitysuite.platform.domain.InvalidInputException;

/** The app lists' {@code sequenceId} {@code "<createTime ms>:<uid>"}, newest first; {@code lastId} is the last one read. */
public record TimeUidCursor(Instant time, String uid) {

    public static TimeUidCursor parse(String lastId) {
        if (lastId == null) {
            return null;
        }
        int colon = lastId.indexOf(':');
        if (colon < 1 || !lastId.substring(0, colon).matches("[0-9]{1,15}")
                || !lastId.substring(colon + 1).matches("[a-f0-9]{32}")) {
            throw new InvalidInputException("lastId", "lastId不正确");
        }
        return new TimeUidCursor(Instant.ofEpochMilli(Long.parseLong(lastId.substring(0, colon))),
                lastId.substring(colon + 1));
    }

    public static String of(Instant time, String uid) {
        return time.toEpochMilli() + ":" + uid;
    }
}
