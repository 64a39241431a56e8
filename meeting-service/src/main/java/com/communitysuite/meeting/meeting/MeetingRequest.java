package com.communitysuite.meeting.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting request that passed the original's checks ({@link MeetingRules}): what remains to decide is whether the
 * group exists, the caller may book for it, and a host is free.
 */
public record MeetingRequest(String topic, String platform, String sponsor, String groupName, LocalDate date,
        LocalTime start, LocalTime end, String etherpad, String agenda, List<String> emails, String emaillist,
        boolean cloudRecording, int meetingType, String city) {

    public static final int SIG = 1;
    public static final int MSG = 2;
    public static final int TECH = 3;
}
