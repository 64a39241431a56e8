package com.communitysuite.meeting.groups;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

import tools.jackson.databind.JsonNode;

/** user-service's groups, cities and memberships; each event carries the resulting state, so it simply replaces. */
@Component
class UserEventsListener {

    static final String CONSUMER = "meeting-service.users";

    private final IdempotentConsumer consumer;
    private final GroupDirectory directory;

    UserEventsListener(IdempotentConsumer consumer, GroupDirectory directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @KafkaListener(topics = "user-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case "group.saved" -> {
                long id = data.path("groupId").asLong(-1);
                if (id >= 0 && text(data, "name") != null) {
                    directory.groupSaved(id, text(data, "name"), orElse(text(data, "type"), "SIG"),
                            text(data, "etherpad"));
                }
            }
            case "city.saved" -> {
                long id = data.path("cityId").asLong(-1);
                if (id >= 0 && text(data, "name") != null) {
                    directory.citySaved(id, text(data, "name"), text(data, "etherpad"));
                }
            }
            case "group.membership-changed" -> {
                long id = data.path("groupId").asLong(-1);
                long accountId = data.path("accountId").asLong(-1);
                if (id >= 0 && accountId >= 0) {
                    directory.groupMembership(id, text(data, "groupName"), text(data, "groupType"), accountId,
                            data.path("member").asBoolean(false));
                }
            }
            case "city.membership-changed" -> {
                long id = data.path("cityId").asLong(-1);
                long accountId = data.path("accountId").asLong(-1);
                if (id >= 0 && accountId >= 0) {
                    directory.cityMembership(id, text(data, "cityName"), accountId,
                            data.path("member").asBoolean(false));
                }
            }
            default -> {
            }
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
