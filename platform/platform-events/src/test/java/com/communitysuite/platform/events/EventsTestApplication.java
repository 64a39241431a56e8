package com.communitysuite.platform.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The smallest service that records and consumes events: JDBC, Flyway and Kafka, with the events library. */
@SpringBootApplication
class EventsTestApplication {

    static final String POISON = "test.poison";

    /** A registry of the context's own, so that tests can read the relay's metrics. */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    RecordingListener recordingListener(IdempotentConsumer consumer) {
        return new RecordingListener(consumer);
    }

    /** Applies each event once; fails on every delivery of a poison event, which must end in the DLT. */
    static class RecordingListener {

        final List<EventEnvelope> applied = new CopyOnWriteArrayList<>();
        private final IdempotentConsumer consumer;

        RecordingListener(IdempotentConsumer consumer) {
            this.consumer = consumer;
        }

        @KafkaListener(topics = "events-test.events", groupId = "events-test-listener")
        void on(String value) {
            EventEnvelope event = consumer.parse(value);
            if (POISON.equals(event.type())) {
                throw new IllegalStateException("cannot apply " + event.id());
            }
            consumer.handleOnce("recording-listener", event, applied::add);
        }
    }
}
