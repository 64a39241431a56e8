package com.communitysuite.user.counter;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.ObjectMapper;

/**
 * Feeds the counters from activity-service's and meeting-service's events (contracts/events/activity-service and
 * meeting-service): activity states by version, meeting creation and cancellation, and collections.
 */
@Component
class CounterEventsListener {

    static final String ACTIVITY_CONSUMER = "user-service.counters.activities";
    static final String MEETING_CONSUMER = "user-service.counters.meetings";

    private final IdempotentConsumer consumer;
    private final Counters counters;
    private final ObjectMapper json;

    CounterEventsListener(IdempotentConsumer consumer, Counters counters, ObjectMapper json) {
        this.consumer = consumer;
        this.counters = counters;
        this.json = json;
    }

    /** {@code activity.saved}, {@code submitted}, {@code approved}, {@code denied}, {@code published}, {@code taken-down}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActivityState(Long activityId, Long ownerAccountId, String surface, String status, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActivityDeleted(Long activityId, Long ownerAccountId, Long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActivityCollection(Long activityId, Long accountId, Long collectionId, Boolean collected) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeetingState(Long meetingId, Long creatorAccountId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeetingCollection(Long meetingId, Long accountId, Long collectionId, Boolean collected) {
    }

    @KafkaListener(topics = "activity-service.events", groupId = "user-service.counters")
    void onActivityEvent(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(ACTIVITY_CONSUMER, event, this::applyActivityEvent);
    }

    @KafkaListener(topics = "meeting-service.events", groupId = "user-service.counters")
    void onMeetingEvent(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(MEETING_CONSUMER, event, this::applyMeetingEvent);
    }

    private void applyActivityEvent(EventEnvelope event) {
        switch (event.type()) {
            case "activity.saved", "activity.submitted", "activity.approved", "activity.denied", "activity.published",
                    "activity.taken-down" -> {
                ActivityState state = read(event, ActivityState.class);
                if (state.activityId() != null && state.version() != null) {
                    counters.activityState(state.activityId(), state.ownerAccountId(), state.surface(),
                            state.status(), false, state.version());
                }
            }
            case "activity.deleted" -> {
                ActivityDeleted deleted = read(event, ActivityDeleted.class);
                if (deleted.activityId() != null && deleted.version() != null) {
                    counters.activityState(deleted.activityId(), deleted.ownerAccountId(), null, null, true,
                            deleted.version());
                }
            }
            case "activity.collected", "activity.uncollected" -> {
                ActivityCollection collection = read(event, ActivityCollection.class);
                if (collection.activityId() != null && collection.accountId() != null
                        && collection.collectionId() != null) {
                    counters.activityCollection(collection.accountId(), collection.activityId(),
                            collection.collectionId(), collected(event, collection.collected(), "activity.collected"));
                }
            }
            default -> {
            }
        }
    }

    private void applyMeetingEvent(EventEnvelope event) {
        switch (event.type()) {
            case "meeting.created" -> {
                MeetingState meeting = read(event, MeetingState.class);
                if (meeting.meetingId() != null) {
                    counters.meetingCreated(meeting.meetingId(), meeting.creatorAccountId());
                }
            }
            case "meeting.cancelled" -> {
                MeetingState meeting = read(event, MeetingState.class);
                if (meeting.meetingId() != null) {
                    counters.meetingCancelled(meeting.meetingId(), meeting.creatorAccountId());
                }
            }
            case "meeting.collected", "meeting.uncollected" -> {
                MeetingCollection collection = read(event, MeetingCollection.class);
                if (collection.meetingId() != null && collection.accountId() != null
                        && collection.collectionId() != null) {
                    counters.meetingCollection(collection.accountId(), collection.meetingId(),
                            collection.collectionId(), collected(event, collection.collected(), "meeting.collected"));
                }
            }
            default -> {
            }
        }
    }

    /** The event's own {@code collected}, or its type when it has none. */
    private static boolean collected(EventEnvelope event, Boolean collected, String collectType) {
        return collected != null ? collected : event.type().equals(collectType);
    }

    private <T> T read(EventEnvelope event, Class<T> type) {
        return json.treeToValue(event.data(), type);
    }
}
