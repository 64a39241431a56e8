package com.communitysuite.account.levels;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.communitysuite.platform.events.EventEnvelope;
import com.communitysuite.platform.events.IdempotentConsumer;

import tools.jackson.databind.json.JsonMapper;

/** user-service's events that account-service keeps a copy of: the levels that go into an account's principal. */
@Component
class UserEventsListener {

    static final String CONSUMER = "account-service.levels";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdempotentConsumer consumer;
    private final AccountLevels levels;

    UserEventsListener(IdempotentConsumer consumer, AccountLevels levels) {
        this.consumer = consumer;
        this.levels = levels;
    }

    @KafkaListener(topics = "user-service.events", groupId = CONSUMER)
    void on(String record) {
        EventEnvelope event = consumer.parse(record);
        if (!LevelsChanged.TYPE.equals(event.type())) {
            return;
        }
        consumer.handleOnce(CONSUMER, event, levelsChanged -> levels.apply(JSON.treeToValue(levelsChanged.data(),
                LevelsChanged.class)));
    }
}
