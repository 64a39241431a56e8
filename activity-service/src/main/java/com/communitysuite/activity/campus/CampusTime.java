package com.communitysuite.activity.campus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as the campus original wrote them: Beijing local time without an offset, microseconds when there are any. */
public final class CampusTime {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private CampusTime() {
    }

    public static String of(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), CampusFields.CAMPUS_ZONE);
        return (local.getNano() == 0 ? SECONDS : MICROSECONDS).format(local);
    }
}
