package com.communitysuite.clubroom.presence;

import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.communitysuite.clubroom.room.RoomSignal;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Carries room signals to every replica's connections once their change is committed: this replica's at once, the
 * others' through the {@value #TOPIC} topic, which each replica reads in a consumer group of its own (every replica
 * must see every signal). Signals are transient: a replica that starts reads only new ones, and a connection that
 * missed one resynchronises with {@code {"event":"sync"}}.
 */
@Component
class RoomSignalRelay {

    static final String TOPIC = "club-room-service.room-live";
    private static final String REPLICA = UUID.randomUUID().toString();

    private final LiveConnections connections;
    private final KafkaTemplate<String, String> kafka;
    private final ObjectMapper json;

    RoomSignalRelay(LiveConnections connections, KafkaTemplate<String, String> kafka, ObjectMapper json) {
        this.connections = connections;
        this.kafka = kafka;
        this.json = json;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(RoomSignal signal) {
        connections.deliver(signal);
        kafka.send(TOPIC, signal.roomId(), json.writeValueAsString(new Relayed(REPLICA, signal)));
    }

    @KafkaListener(topics = TOPIC, groupId = "club-room-live-#{T(java.util.UUID).randomUUID()}",
            properties = "auto.offset.reset=latest")
    void relayed(String message) {
        Relayed relayed = json.readValue(message, new TypeReference<Relayed>() {
        });
        if (!REPLICA.equals(relayed.replica())) {
            connections.deliver(relayed.signal());
        }
    }

    record Relayed(String replica, RoomSignal signal) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Topic {

        @Bean
        NewTopic roomLiveTopic() {
            // The broker's default replication, as any other topic of the cluster.
            return new NewTopic(TOPIC, Optional.of(3), Optional.empty());
        }
    }
}
