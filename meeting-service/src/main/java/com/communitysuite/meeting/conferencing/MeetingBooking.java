package com.communitysuite.meeting.conferencing;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a platform is asked to book.
 *
 * @param zone           the community's time zone (the platforms show the meeting in it)
 * @param cloudRecording whether the platform records the meeting in its cloud
 */
public record MeetingBooking(String topic, String agenda, Instant startsAt, Instant endsAt, ZoneId zone,
        boolean cloudRecording) {

    public long minutes() {
        return java.time.Duration.between(startsAt, endsAt).toMinutes();
    }
}
