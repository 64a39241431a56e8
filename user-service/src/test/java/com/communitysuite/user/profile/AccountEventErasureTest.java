package com.communitysuite.user.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.platform.test.EventContracts;
import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.user.TestUsers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * account-service's contract examples fed to the listener: a registration makes a profile once, a log-off leaves
 * nothing personal of the user (blocks and cards both ways, memberships, uploads, collections) and feedback without
 * its author, and withdrawn consent drops groups and levels.
 */
@ServiceIntegrationTest
class AccountEventErasureTest {

    @Autowired
    AccountEventsListener listener;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void aRegistrationMakesOneProfileAnAppAccountStartsUninitialised() {
        long accountId = System.nanoTime();
        String uid = Long.toHexString(accountId) + "0".repeat(32 - Long.toHexString(accountId).length());
        JsonNode data = EventContracts.example("account-service", "account.registered").deepCopy();
        ((ObjectNode) data).put("accountId", accountId).put("uid", uid).put("surface", "app");
        String event = EventContracts.envelope("account.registered", uid, uid, data);

        listener.on(event);
        listener.on(event);

        assertThat(jdbc.queryForObject("SELECT initialised FROM user_profile WHERE account_id = ?", Boolean.class,
                accountId)).isFalse();
        assertThat(jdbc.queryForObject("SELECT nickname FROM user_profile WHERE account_id = ?", String.class,
                accountId)).isEqualTo("用户2701a6");
    }

    @Test
    void aLogOffErasesTheUsersPersonalDataEverywhere() {
        TestUsers users = new TestUsers(jdbc, port);
        TestUsers.User leaving = users.create("leaving");
        TestUsers.User friend = users.create("friend");
        leaving.http("app").postJson("/user/" + friend.uid() + "/block", "{}");
        friend.http("app").postJson("/user/" + leaving.uid() + "/card", "{}");
        leaving.http("app").postJson("/aliyun/image/upload", "{\"imageDir\": \"avatar\"}");
        leaving.http("app").postJson("/app/feedback", """
                {"originFeedbackType": 0, "originId": "-1", "feedbackType": 0, "feedbackContent": "bye"}""");
        TestUsersGroups.join(jdbc, leaving.accountId());
        jdbc.update("INSERT INTO activity_collection VALUES (?, 1, 1, TRUE)", leaving.accountId());

        listener.on(envelope("account.logged-off", leaving));

        assertThat(count("SELECT count(*) FROM user_profile WHERE account_id = ?", leaving)).isZero();
        assertThat(count("SELECT count(*) FROM user_block WHERE account_id = ? OR blocked_account_id = ?", leaving,
                leaving)).isZero();
        assertThat(count("SELECT count(*) FROM user_card WHERE receiver_account_id = ? OR sender_account_id = ?",
                leaving, leaving)).isZero();
        assertThat(count("SELECT count(*) FROM image_upload WHERE account_id = ?", leaving)).isZero();
        assertThat(count("SELECT count(*) FROM group_member WHERE account_id = ?", leaving)).isZero();
        assertThat(count("SELECT count(*) FROM activity_collection WHERE account_id = ?", leaving)).isZero();
        assertThat(count("SELECT count(*) FROM feedback WHERE account_id = ?", leaving)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM feedback WHERE content = 'bye' AND account_id IS NULL",
                Long.class)).isGreaterThanOrEqualTo(1);
        assertThat(friend.http("app").get("/user/" + leaving.uid() + "/profile").json().get("errorCode").asInt())
                .isEqualTo(200002);
    }

    @Test
    void withdrawnConsentDropsGroupsAndLevels() {
        TestUsers.User user = new TestUsers(jdbc, port).create("member");
        TestUsersGroups.join(jdbc, user.accountId());
        jdbc.update("UPDATE user_profile SET level = 2, activity_level = 2, gitee_name = 'g' WHERE account_id = ?",
                user.accountId());

        listener.on(envelope("account.privacy-consent-changed", user, Map.of("agreed", false)));

        assertThat(count("SELECT count(*) FROM group_member WHERE account_id = ?", user)).isZero();
        assertThat(jdbc.queryForMap("SELECT level::int AS level, activity_level::int AS activity_level, gitee_name"
                + " FROM user_profile WHERE account_id = ?", user.accountId())).containsEntry("level", 1)
                .containsEntry("activity_level", 1).containsEntry("gitee_name", null);
    }

    private static String envelope(String type, TestUsers.User user) {
        return envelope(type, user, Map.of());
    }

    private static String envelope(String type, TestUsers.User user, Map<String, Boolean> changes) {
        JsonNode data = EventContracts.example("account-service", type).deepCopy();
        ((ObjectNode) data).put("accountId", user.accountId()).put("uid", user.uid());
        changes.forEach(((ObjectNode) data)::put);
        return EventContracts.envelope(type, user.uid(), user.uid(), data);
    }

    private long count(String sql, TestUsers.User... users) {
        Object[] ids = java.util.Arrays.stream(users).map(TestUsers.User::accountId).toArray();
        return jdbc.queryForObject(sql, Long.class, ids);
    }

    /** A group of this test's own, joined directly. */
    static final class TestUsersGroups {

        static void join(JdbcTemplate jdbc, long accountId) {
            Long group = jdbc.queryForObject("INSERT INTO mp_group (name, group_type, etherpad, created_at)"
                    + " VALUES (?, 1, 'https://etherpad.example/p/x', now()) RETURNING id", Long.class,
                    "erasure-" + System.nanoTime());
            jdbc.update("INSERT INTO group_member VALUES (?, ?, now())", group, accountId);
        }
    }
}
