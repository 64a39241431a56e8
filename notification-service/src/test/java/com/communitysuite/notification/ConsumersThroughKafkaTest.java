package com.communitysuite.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.notification.support.Probe;

import tools.jackson.databind.json.JsonMapper;

/**
 * The listeners on the real broker: an event on a publisher's topic reaches the inbox, one that breaks its contract
 * is retried and then lands in the topic's dead-letter topic, and the consumers' lag is a metric.
 */
@NotificationServiceTest
class ConsumersThroughKafkaTest {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @LocalServerPort
    int port;

    @Test
    void anEventOnTheTopicReachesTheInbox() throws Exception {
        long invitee = Events.newAccountId();

        kafka.send("club-room-service.events", "room", Events.example("club-room-service", "room.invited",
                Map.of("inviteeAccountId", invitee))).get();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Probe.inbox(jdbc, invitee).size() == 1);
    }

    @Test
    void anEventThatAlwaysFailsLandsInTheDeadLetterTopicAfterItsRetries() throws Exception {
        String broken = Events.exampleWithout("club-room-service", "room.invited", List.of("inviteeAccountId"));
        String id = JsonMapper.builder().build().readTree(broken).get("id").asString();

        kafka.send("club-room-service.events", "room", broken).get();

        try (KafkaConsumer<String, String> deadLetters = consumer()) {
            deadLetters.subscribe(List.of("club-room-service.events.DLT"));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> {
                deadLetters.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value().contains(id)) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            assertThat(found.get(0).headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
            assertThat(new String(found.get(0).headers().lastHeader("kafka_dlt-exception-message").value()))
                    .contains("inviteeAccountId");
        }
    }

    @Test
    void theConsumersLagIsExposedToPrometheus() throws Exception {
        kafka.send("user-service.events", "u", Events.example("user-service", "user.profile-changed",
                Map.of("accountId", Events.newAccountId()))).get();

        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body().contains("kafka_consumer_fetch_manager_records_lag_max"));
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("notification_deliveries_pending");
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(properties);
    }
}
