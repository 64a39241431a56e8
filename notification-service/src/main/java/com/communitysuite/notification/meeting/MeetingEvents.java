package com.communitysuite.notification.meeting;

import java.time.Instant;
import java.util.List;

import static com.communitysuite.notification.support.EventData.required;

/** meeting-service's events as this service reads them. */
final class MeetingEvents {

    private MeetingEvents() {
    }

    record Created(Long meetingId, String topic, String sponsor, Long creatorAccountId, String groupName,
            String date, String start, String end, Instant startsAt, Instant endsAt, String platform,
            String meetingCode, String joinUrl, String agenda, String etherpad, List<String> emails, String record) {

        Created {
            required(meetingId, "meetingId");
            required(topic, "topic");
            required(creatorAccountId, "creatorAccountId");
            required(date, "date");
            required(start, "start");
            required(startsAt, "startsAt");
            required(endsAt, "endsAt");
            emails = emails == null ? List.of() : emails;
        }
    }

    record Cancelled(Long meetingId, String topic, Long creatorAccountId, String date, String start, String end,
            Instant startsAt, Instant endsAt, List<String> emails, List<Long> collectorAccountIds) {

        Cancelled {
            required(meetingId, "meetingId");
            required(topic, "topic");
            required(date, "date");
            required(start, "start");
            required(startsAt, "startsAt");
            required(endsAt, "endsAt");
            emails = emails == null ? List.of() : emails;
            collectorAccountIds = collectorAccountIds == null ? List.of() : collectorAccountIds;
        }
    }

    /** meeting.collected and meeting.uncollected. */
    record Collection(Long meetingId, Long accountId) {

        Collection {
            required(meetingId, "meetingId");
            required(accountId, "accountId");
        }
    }
}
