package com.communitysuite.meeting.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import com.communitysuite.meeting.Callers;
import com.communitysuite.meeting.MeetingServiceTest;
import com.communitysuite.platform.test.EventContracts;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.TestHttp;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * user-service's and account-service's events as they arrive on their topics: the contracts' examples are read, a
 * member who leaves no longer books, and an account that logged off leaves no collections or memberships.
 */
@MeetingServiceTest
class GroupEventsFlowTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GroupDirectory directory;
    @Autowired
    MutableClock clock;

    @Test
    void theContractsExamplesFillTheDirectory() {
        kafka.send("user-service.events", "4", EventContracts.envelope("user-service", "group.saved", "4", (String) null));
        kafka.send("user-service.events", "4",
                EventContracts.envelope("user-service", "group.membership-changed", "4", "12"));
        kafka.send("user-service.events", "2", EventContracts.envelope("user-service", "city.saved", "2", (String) null));
        kafka.send("user-service.events", "2",
                EventContracts.envelope("user-service", "city.membership-changed", "2", "12"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> directory.isGroupMember(4, 12)
                && directory.isCityMember("北京", 12));
        assertThat(directory.groupNamed("Infrastructure").orElseThrow().type()).isEqualTo("SIG");
    }

    @Test
    void aMemberWhoLeftNoLongerBooksAndALoggedOffAccountLeavesNoCollections() {
        long member = Callers.newId();
        long groupId = Callers.newId();
        String group = "SIG-" + groupId;
        Callers.joinGroup(kafka, jdbc, groupId, group, "SIG", member);
        TestHttp http = TestHttp.at(port).withIdentity(Callers.anonymous());
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).plusDays(45);
        String body = """
                {"topic": "离开前", "sponsor": "小明", "group_name": "%s", "date": "%s", "start": "%s",
                 "end": "%s", "etherpad": "https://etherpad.example.org/p/x", "record": "", "meeting_type": 3}""";
        long id = http.postJson("/mp/meetings", body.formatted(group, day, "09:00", "10:00"), "Authorization",
                Callers.mp(member, 2)).json().get("id").asLong();
        http.postJson("/mp/collect", "{\"meeting\": " + id + "}", "Authorization", Callers.mp(member, 2));

        ObjectNode left = JSON.createObjectNode().put("groupId", groupId).put("groupName", group)
                .put("groupType", "SIG").put("accountId", member).put("member", false);
        kafka.send("user-service.events", Long.toString(groupId),
                EventContracts.envelope("group.membership-changed", Long.toString(groupId), null, left));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !directory.isGroupMember(groupId, member));
        assertThat(http.postJson("/mp/meetings", body.formatted(group, day, "15:00", "16:00"), "Authorization",
                Callers.mp(member, 2)).status()).isEqualTo(403);

        ObjectNode loggedOff = JSON.createObjectNode().put("accountId", member).put("uid", "uid-" + member);
        kafka.send("account-service.events", "uid-" + member,
                EventContracts.envelope("account.logged-off", "uid-" + member, null, loggedOff));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM meeting_collection WHERE account_id = ?", Integer.class, member) == 0);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "".equals(jdbc.queryForObject(
                "SELECT sponsor FROM meeting WHERE id = ?", String.class, id)));
        assertThat(jdbc.queryForObject("SELECT emaillist FROM meeting WHERE id = ?", String.class, id)).isNull();
    }
}
