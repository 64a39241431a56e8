package com.communitysuite.activity.activity;

import java.time.Instant;

/**
 * The campus lists' time windows, as the original's views filtered them at the time of the request: not started
 * ({@code begin > now}), under way ({@code begin <= now <= end}), ended ({@code end < now}), or all.
 */
public enum CampusWindow {
    ALL, UNSTART, CUR, END;

    public boolean contains(Instant begin, Instant end, Instant now) {
        return switch (this) {
            case ALL -> true;
            case UNSTART -> begin.isAfter(now);
            case CUR -> !begin.isAfter(now) && !end.isBefore(now);
            case END -> end.isBefore(now);
        };
    }

    /** The window of a path segment ({@code unstart}, {@code cur}, {@code end}); null for any other. */
    public static CampusWindow ofSegment(String segment) {
        return switch (segment) {
            case "unstart" -> UNSTART;
            case "cur" -> CUR;
            case "end" -> END;
            default -> null;
        };
    }
}
