package com.communitysuite.meeting.conferencing;

import java.security.SecureRandom;
import java.util.List;

/**
 * The local suite's stand-in for a meeting platform: it books nothing anywhere and hands out a meeting code and a
 * join link under {@code meeting.local.invalid}, so meetings can be booked without the outside world. Refused under
 * the {@code prod} profile ({@link ConferencingConfiguration}).
 */
class LocalMeetingPlatform implements MeetingPlatform {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final List<String> hosts;

    LocalMeetingPlatform(String name, List<String> hosts) {
        this.name = name;
        this.hosts = List.copyOf(hosts);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> hosts() {
        return hosts;
    }

    @Override
    public BookedMeeting book(String host, MeetingBooking booking) {
        String code = Long.toString(100_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 900_000_000_000L);
        return new BookedMeeting(code, "local-" + code, "https://meeting.local.invalid/" + name + "/j/" + code);
    }

    @Override
    public void cancel(String host, BookedMeeting meeting) {
        // Nothing was booked anywhere, so there is nothing to cancel.
    }
}
