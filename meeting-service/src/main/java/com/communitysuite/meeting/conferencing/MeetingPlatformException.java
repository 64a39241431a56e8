package com.communitysuite.meeting.conferencing;

/** A platform refused a booking or cancellation, or could not be reached. */
public class MeetingPlatformException extends RuntimeException {

    public MeetingPlatformException(String message) {
        super(message);
    }

    public MeetingPlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
