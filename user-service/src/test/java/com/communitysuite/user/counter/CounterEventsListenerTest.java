package com.communitysuite.user.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.platform.test.EventContracts;
import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.user.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The counters from activity-service's and meeting-service's contract examples: the same counts whatever the order of
 * the events and however often each arrives, with keys for the caller's levels.
 */
@ServiceIntegrationTest
class CounterEventsListenerTest {

    @Autowired
    CounterEventsListener listener;
    @Autowired
    Counters counters;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void activityCountsConvergeAfterReorderedAndRedeliveredEvents() {
        long owner = id();
        long activity = id();
        long collector = id();
        String saved = activity("activity.saved", activity, owner, 4, "PUBLISHED");
        String submitted = activity("activity.submitted", activity, owner, 2, "WAITING");
        String approved = activity("activity.approved", activity, owner, 3, "PUBLISHED");
        String collected = collection("activity-service", "activity.collected", "activityId", activity, collector, 88,
                true);
        String uncollected = collection("activity-service", "activity.uncollected", "activityId", activity, collector,
                88, false);
        String collectedAgain = collection("activity-service", "activity.collected", "activityId", activity,
                collector, 90, true);

        for (String event : List.of(approved, saved, submitted, saved, uncollected, collected, collected)) {
            listener.onActivityEvent(event);
        }
        assertThat(counters.of(owner, 1, 2)).containsEntry("published_activities_count", 1L)
                .containsEntry("publishing_activities_count", 0L).containsEntry("drafts_count", 0L);
        assertThat(counters.of(collector, 1, 1)).containsEntry("collected_activities_count", 0L)
                .doesNotContainKey("published_activities_count");

        listener.onActivityEvent(collectedAgain);
        assertThat(counters.of(collector, 1, 1)).containsEntry("collected_activities_count", 1L);

        JsonNode deleted = EventContracts.example("activity-service", "activity.deleted");
        ((ObjectNode) deleted).put("activityId", activity).put("ownerAccountId", owner).put("version", 6);
        listener.onActivityEvent(EventContracts.envelope("activity.deleted", Long.toString(activity), null, deleted));
        listener.onActivityEvent(saved);
        assertThat(counters.of(owner, 1, 2)).containsEntry("published_activities_count", 0L);
        assertThat(counters.of(collector, 1, 1)).containsEntry("collected_activities_count", 0L);
    }

    @Test
    void meetingCountsFollowCreationCancellationAndCollectionsInAnyOrder() {
        long creator = id();
        long meeting = id();
        long collector = id();
        JsonNode created = EventContracts.example("meeting-service", "meeting.created");
        ((ObjectNode) created).put("meetingId", meeting).put("creatorAccountId", creator);
        JsonNode cancelled = EventContracts.example("meeting-service", "meeting.cancelled");
        ((ObjectNode) cancelled).put("meetingId", meeting).put("creatorAccountId", creator);

        listener.onMeetingEvent(collection("meeting-service", "meeting.collected", "meetingId", meeting, collector, 77,
                true));
        listener.onMeetingEvent(EventContracts.envelope("meeting.created", Long.toString(meeting), null, created));
        assertThat(counters.of(creator, 2, 1)).containsEntry("created_meetings_count", 1L);
        assertThat(counters.of(collector, 1, 1)).containsEntry("collected_meetings_count", 1L)
                .doesNotContainKey("created_meetings_count");
        assertThat(counters.of(collector, 3, 1).get("created_meetings_count")).isGreaterThanOrEqualTo(1L);

        listener.onMeetingEvent(EventContracts.envelope("meeting.cancelled", Long.toString(meeting), null, cancelled));
        listener.onMeetingEvent(EventContracts.envelope("meeting.created", Long.toString(meeting), null, created));
        assertThat(counters.of(creator, 2, 1)).containsEntry("created_meetings_count", 0L);
        assertThat(counters.of(collector, 1, 1)).containsEntry("collected_meetings_count", 0L);
    }

    @Test
    void theContractExamplesThemselvesAreRead() {
        for (String type : List.of("activity.saved", "activity.submitted", "activity.approved", "activity.denied",
                "activity.published", "activity.taken-down", "activity.deleted", "activity.collected",
                "activity.uncollected")) {
            listener.onActivityEvent(EventContracts.envelope("activity-service", type, "21", "12"));
        }
        for (String type : List.of("meeting.created", "meeting.cancelled", "meeting.collected", "meeting.uncollected")) {
            listener.onMeetingEvent(EventContracts.envelope("meeting-service", type, "41", "12"));
        }
        assertThat(jdbc.queryForObject("SELECT deleted FROM counted_activity WHERE activity_id = 21", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT cancelled FROM counted_meeting WHERE meeting_id = 41", Boolean.class))
                .isTrue();
    }

    @Test
    void theCallersLevelsDecideWhichKeysMycountsAnswers() {
        TestUsers.User sponsor = new TestUsers(jdbc, port).create("sponsor");

        JsonNode plain = sponsor.http("mp").get("/mp/mycounts/").json();
        JsonNode asSponsor = sponsor.http("mp", java.util.Map.of("level", 2, "activity_level", 2)).get("/mp/counts/")
                .json();

        assertThat(plain.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("collected_meetings_count", "collected_activities_count");
        assertThat(asSponsor.has("created_meetings_count")).isTrue();
        assertThat(asSponsor.has("drafts_count")).isTrue();
        assertThat(asSponsor.has("publishing_activities_count")).isTrue();
    }

    private static String activity(String type, long activity, long owner, long version, String status) {
        JsonNode data = EventContracts.example("activity-service", type).deepCopy();
        ((ObjectNode) data).put("activityId", activity).put("ownerAccountId", owner).put("version", version)
                .put("status", status);
        return EventContracts.envelope(type, Long.toString(activity), null, data);
    }

    private static String collection(String publisher, String type, String idField, long item, long account,
            long collectionId, boolean collectedFlag) {
        JsonNode data = EventContracts.example(publisher, type).deepCopy();
        ((ObjectNode) data).put(idField, item).put("accountId", account).put("collectionId", collectionId)
                .put("collected", collectedFlag);
        return EventContracts.envelope(type, Long.toString(item), null, data);
    }

    private static long id() {
        return ThreadLocalRandom.current().nextLong(1000, Long.MAX_VALUE / 2);
    }
}
