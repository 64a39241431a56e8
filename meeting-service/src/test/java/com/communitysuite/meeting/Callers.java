package com.communitysuite.meeting;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.EventContracts;
import com.communitysuite.platform.test.TestIdentities;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Identity tokens of mp callers and the groups they belong to, each test with accounts and groups of its own. */
public final class Callers {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Callers() {
    }

    public static long newId() {
        return IDS.incrementAndGet();
    }

    /** An mp user of that {@code level}: 1 user, 2 maintainer, 3 meeting admin. */
    public static String mp(long accountId, int level) {
        return TestIdentities.bearer(SuiteIdentity.account(accountId, "uid-" + accountId, null, "mp",
                Set.of(SuiteIdentity.ROLE_USER), Map.of("level", level, "activity_level", 1)));
    }

    public static String anonymous() {
        return TestIdentities.anonymous("mp");
    }

    /** user-service announces the group and the account's membership; answers once this service knows both. */
    public static void joinGroup(KafkaTemplate<String, String> kafka, JdbcTemplate jdbc, long groupId, String name,
            String type, long accountId) {
        ObjectNode group = JSON.createObjectNode().put("groupId", groupId).put("name", name).put("type", type)
                .put("etherpad", "https://etherpad.example.org/p/meetings-" + name);
        kafka.send("user-service.events", Long.toString(groupId),
                EventContracts.envelope("group.saved", Long.toString(groupId), null, group));
        ObjectNode member = JSON.createObjectNode().put("groupId", groupId).put("groupName", name)
                .put("groupType", type).put("accountId", accountId).put("member", true);
        kafka.send("user-service.events", Long.toString(groupId),
                EventContracts.envelope("group.membership-changed", Long.toString(groupId), null, member));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM group_member m JOIN meeting_group g ON g.id = m.group_id"
                        + " WHERE m.group_id = ? AND m.account_id = ? AND g.etherpad IS NOT NULL", Integer.class,
                groupId, accountId) == 1);
    }

    public static void joinCity(KafkaTemplate<String, String> kafka, JdbcTemplate jdbc, long cityId, String name,
            long accountId) {
        ObjectNode member = JSON.createObjectNode().put("cityId", cityId).put("cityName", name)
                .put("accountId", accountId).put("member", true);
        kafka.send("user-service.events", Long.toString(cityId),
                EventContracts.envelope("city.membership-changed", Long.toString(cityId), null, member));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM city_member WHERE city_id = ? AND account_id = ?", Integer.class, cityId,
                accountId) == 1);
    }
}
