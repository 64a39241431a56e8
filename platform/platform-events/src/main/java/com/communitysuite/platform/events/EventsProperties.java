package com.communitysuite.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param topic             the service's own topic; defaults to {@code <spring.application.name>.events}
 * @param partitions        partitions of the service's topic and its dead-letter topic when they are created
 * @param replicationFactor replicas of those topics (1 for the embedded broker, 3 in production)
 * @param pollInterval      how often the relay looks for events when no commit woke it
 * @param batchSize         events relayed in one transaction
 * @param sendTimeout       how long the relay waits for the broker before it gives up and tries again later
 * @param consumerAttempts  deliveries of one record to a listener before it goes to the dead-letter topic
 * @param relayAttempts     times the broker may refuse one outbox event (a record too large, a topic that cannot
 *                          exist) before the relay parks it in {@code outbox_event_parked}; a broker that cannot be
 *                          reached does not count
 */
@ConfigurationProperties("platform.events")
public record EventsProperties(String topic, Integer partitions, Short replicationFactor, Duration pollInterval,
        Integer batchSize, Duration sendTimeout, Integer consumerAttempts, Integer relayAttempts) {

    public EventsProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        batchSize = batchSize == null ? 200 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(5) : sendTimeout;
        consumerAttempts = consumerAttempts == null ? 4 : consumerAttempts;
        relayAttempts = relayAttempts == null ? 10 : relayAttempts;
    }
}
