package com.communitysuite.meeting.conferencing;

import java.util.List;

/**
 * A meeting platform (Zoom, Tencent Meeting, WeLink) that books and cancels meetings on one of the community's host
 * accounts. Each is reached through an adapter speaking its real protocol; the local suite has a stand-in.
 */
public interface MeetingPlatform {

    /** The platform's name in requests and answers: {@code zoom}, {@code tencent} or {@code welink}. */
    String name();

    /** The host accounts meetings are booked on; a host holds one meeting at a time. */
    List<String> hosts();

    /**
     * Books the meeting on the host's account.
     *
     * @throws MeetingPlatformException when the platform refuses or cannot be reached
     */
    BookedMeeting book(String host, MeetingBooking booking);

    /**
     * Cancels a meeting booked before.
     *
     * @throws MeetingPlatformException when the platform refuses or cannot be reached
     */
    void cancel(String host, BookedMeeting meeting);
}
