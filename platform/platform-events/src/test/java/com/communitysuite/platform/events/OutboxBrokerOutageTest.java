package com.communitysuite.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import com.communitysuite.platform.embedded.EmbeddedKafkaServer;
import com.communitysuite.platform.test.EmbeddedInfrastructureInitializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Events committed while the broker is down wait in the outbox and arrive, in order, once it is back; an outage is not
 * a refusal, so nothing is parked even though a single refusal would park an event here. The context has a database
 * of its own: its relay sends to this test's broker and must not take the other test classes' events there.
 */
@SpringBootTest(classes = EventsTestApplication.class, properties = { "platform.events.send-timeout=1s",
        "platform.events.relay-attempts=1", "spring.application.name=events-outage-test",
        "platform.events.topic=" + OutboxRelayContract.TOPIC })
@ActiveProfiles("test")
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class OutboxBrokerOutageTest {

    private static final Path brokerData;
    private static final EmbeddedKafkaServer broker;

    static {
        try {
            brokerData = Files.createTempDirectory("outage-kafka");
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        broker = EmbeddedKafkaServer.start(0, brokerData.resolve("data"));
    }

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
        FileSystemUtils.deleteRecursively(brokerData.toFile());
    }

    @Autowired
    DomainEvents events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveAfterItReturns() {
        String aggregate = "outage-" + UUID.randomUUID();
        transactions.execute(s -> events.publish("test.step", aggregate, null, Map.of("sequence", 0)));
        assertThat(read(aggregate, 1)).hasSize(1);

        broker.stop();
        for (int i = 1; i <= 3; i++) {
            int sequence = i;
            transactions.execute(s -> events.publish("test.step", aggregate, null, Map.of("sequence", sequence)));
        }
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND attempts = 0",
                        Long.class, aggregate)).as("events wait in the outbox while the broker is down").isEqualTo(3));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event_parked", Long.class)).isZero();

        broker.start();
        List<ConsumerRecord<String, String>> records = read(aggregate, 4);

        var json = JsonMapper.builder().build();
        assertThat(records).extracting(r -> json.readTree(r.value()).get("data").get("sequence").asInt())
                .containsExactly(0, 1, 2, 3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event_parked", Long.class)).isZero();
    }

    private List<ConsumerRecord<String, String>> read(String aggregate, int count) {
        return TopicReader.withKey(TopicReader.readUntil(broker.bootstrapServers(), OutboxRelayContract.TOPIC,
                r -> TopicReader.withKey(r, aggregate).size() >= count, Duration.ofSeconds(40)), aggregate);
    }
}
