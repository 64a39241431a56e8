package com.communitysuite.clubroom.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * An event's {@code eventTimeStatus}: 0 until 30 minutes before its time, 1 within 30 minutes either side (when it
 * may be started), 2 after that.
 */
public enum EventWindow {
    BEFORE(0), WITHIN(1), AFTER(2);

    static final Duration MARGIN = Duration.ofMinutes(30);

    private final int code;

    EventWindow(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static EventWindow of(Instant eventTime, Instant now) {
        if (!now.isAfter(eventTime.minus(MARGIN))) {
            return BEFORE;
        }
        return now.isAfter(eventTime.plus(MARGIN)) ? AFTER : WITHIN;
    }
}
