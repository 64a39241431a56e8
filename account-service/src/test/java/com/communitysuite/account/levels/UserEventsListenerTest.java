package com.communitysuite.account.levels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.communitysuite.account.AccountServiceTest;
import com.communitysuite.account.support.AsGateway;
import com.communitysuite.platform.events.EventsAutoConfiguration;
import com.communitysuite.platform.test.EventContracts;
import com.communitysuite.platform.test.TestHttp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * user-service's {@code user.levels-changed}, as it arrives on its topic, reaches the account's principal: levels and
 * the sponsor role; an older version changes nothing; each change is announced as {@code account.principal-changed}.
 */
@AccountServiceTest
class UserEventsListenerTest {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ConsumerFactory<String, String> consumers;
    @Autowired
    JdbcTemplate jdbc;
    TestHttp http;
    Consumer<String, String> accountEvents;
    final List<JsonNode> relayed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = AsGateway.http(port);
        accountEvents = consumers.createConsumer("levels-test-" + UUID.randomUUID(), null, null,
                propertiesOf(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
        accountEvents.subscribe(List.of("account-service.events"));
    }

    @AfterEach
    void tearDown() {
        accountEvents.close();
    }

    @Test
    void theExampleDecodesIntoEveryFieldAccountServiceReads() {
        LevelsChanged changed = EventsAutoConfiguration.EVENT_JSON.treeToValue(
                EventContracts.example("user-service", "user.levels-changed"), LevelsChanged.class);

        assertThat(changed).isEqualTo(new LevelsChanged(12L, "2701a6fbd0464da99789c9ad1ca1c654", 2, 1, false, 3L));
    }

    @Test
    void newerLevelsReachThePrincipalAndOlderOnesAreIgnored() {
        long accountId = http.postJson("/mp/login/", "{\"code\":\"wx-" + UUID.randomUUID() + "\"}").json()
                .get("user_id").asLong();
        JsonNode before = principal(accountId);
        assertThat(before.get("levels").get("level").asInt()).isEqualTo(1);
        assertThat(before.get("levels").get("activity_level").asInt()).isEqualTo(1);
        assertThat(before.get("roles").valueStream().map(JsonNode::asString)).containsExactly("user");

        String sponsorAndMember = levelsChanged(accountId, 2, 2, true, 5);
        send(sponsorAndMember);
        send(sponsorAndMember);

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> principal(accountId).get("levels").get("activity_level").asInt() == 2);
        JsonNode after = principal(accountId);
        assertThat(after.get("levels").get("level").asInt()).isEqualTo(2);
        assertThat(after.get("roles").valueStream().map(JsonNode::asString)).containsExactly("user", "sponsor");
        String uid = after.get("uid").asString();
        assertThat(principalChangesOf(accountId, uid)).as("the same event twice is applied once").hasSize(1);

        send(levelsChanged(accountId, 1, 1, false, 4));
        send(levelsChanged(accountId, 3, 1, false, 6));

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> principal(accountId).get("levels").get("level").asInt() == 3);
        JsonNode newest = principal(accountId);
        assertThat(newest.get("levels").get("activity_level").asInt()).as("version 4 came after 5: ignored")
                .isEqualTo(1);
        assertThat(newest.get("roles").valueStream().map(JsonNode::asString)).containsExactly("user");
        assertThat(principalChangesOf(accountId, uid)).as("the older version announced nothing").hasSize(2);
        assertThat(jdbc.queryForObject("SELECT version FROM account_levels WHERE account_id = ?", Long.class,
                accountId)).isEqualTo(6);
    }

    @Test
    void levelsOfAnUnknownAccountAreIgnored() {
        String unknown = levelsChanged(Long.MAX_VALUE - 7, 3, 3, true, 1);

        send(unknown);

        String eventId = EventsAutoConfiguration.EVENT_JSON.readTree(unknown).get("id").asString();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?::uuid", Integer.class,
                UserEventsListener.CONSUMER, eventId) == 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account_levels WHERE account_id = ?", Integer.class,
                Long.MAX_VALUE - 7)).isZero();
    }

    private JsonNode principal(long accountId) {
        return http.get("/internal/principals/" + accountId).json();
    }

    /** The contract's example with this test's account and levels, in the envelope user-service's relay sends. */
    private static String levelsChanged(long accountId, int level, int activityLevel, boolean sponsor,
            long version) {
        ObjectNode data = (ObjectNode) EventContracts.example("user-service", "user.levels-changed");
        data.put("accountId", accountId);
        data.put("level", level);
        data.put("activityLevel", activityLevel);
        data.put("sponsor", sponsor);
        data.put("version", version);
        return EventContracts.envelope("user.levels-changed", data.get("uid").asString(), null, data);
    }

    private void send(String envelope) {
        kafka.send("user-service.events", EventsAutoConfiguration.EVENT_JSON.readTree(envelope).get("aggregateId")
                .asString(), envelope).join();
    }

    /**
     * Every {@code account.principal-changed} of the account relayed so far: once the account's outbox is empty, each
     * of its events is on the topic, and the test's consumer reads the topic to its end.
     */
    private List<JsonNode> principalChangesOf(long accountId, String uid) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", Integer.class, uid) == 0);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (ConsumerRecord<String, String> record : accountEvents.poll(Duration.ofMillis(200))) {
                relayed.add(EventsAutoConfiguration.EVENT_JSON.readTree(record.value()));
            }
            Set<TopicPartition> assigned = accountEvents.assignment();
            Map<TopicPartition, Long> ends = accountEvents.endOffsets(assigned);
            return !assigned.isEmpty() && assigned.stream().allMatch(p -> accountEvents.position(p) >= ends.get(p));
        });
        return relayed.stream().filter(event -> event.get("type").asString().equals("account.principal-changed")
                && event.get("data").get("accountId").asLong() == accountId).toList();
    }

    private static Properties propertiesOf(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
