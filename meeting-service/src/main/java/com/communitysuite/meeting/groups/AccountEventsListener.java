package com.communitysuite.meeting.groups;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.meeting.meeting.MeetingCollections;
import com.communitysuite.meeting.meeting.Meetings;
import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

/**
 * An account that logged off leaves no trace here but its meetings (as the original kept them, without sponsor and
 * invitation list): its memberships and collections go.
 */
@Component
class AccountEventsListener {

    static final String CONSUMER = "meeting-service.accounts";

    private final IdempotentConsumer consumer;
    private final GroupDirectory directory;
    private final Meetings meetings;
    private final MeetingCollections collections;

    AccountEventsListener(IdempotentConsumer consumer, GroupDirectory directory, Meetings meetings,
            MeetingCollections collections) {
        this.consumer = consumer;
        this.directory = directory;
        this.meetings = meetings;
        this.collections = collections;
    }

    @KafkaListener(topics = "account-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        consumer.handleOnce(CONSUMER, event, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!"account.logged-off".equals(event.type())) {
            return;
        }
        long accountId = event.data().path("accountId").asLong(-1);
        if (accountId < 0) {
            return;
        }
        directory.forget(accountId);
        meetings.forgetCreator(accountId);
        collections.forget(accountId);
    }
}
