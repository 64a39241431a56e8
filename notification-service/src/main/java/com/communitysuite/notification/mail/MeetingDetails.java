package com.communitysuite.notification.mail;

import java.time.Instant;

/**
 * What an invitation or a cancellation says of a meeting (from meeting-service's events and the meetings this
 * service remembers). {@code date} and {@code start} are the Beijing date and time the mini-program shows;
 * {@code startsAt}/{@code endsAt} the instants.
 */
public record MeetingDetails(long meetingId, String topic, String groupName, String platform, String date,
        String start, Instant startsAt, Instant endsAt, String joinUrl, String agenda, String etherpad,
        boolean cloudRecording) {
}
