package com.communitysuite.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** The mp user module and the campus users, feedback and admin levels in the running service. */
@ServiceIntegrationTest
class MpAndCampusFlowTest {

    private static final Map<String, Integer> MEETING_ADMIN = Map.of("level", 3, "activity_level", 1);
    private static final Map<String, Integer> ACTIVITY_ADMIN = Map.of("level", 1, "activity_level", 3);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    TestUsers users;

    @BeforeEach
    void users() {
        users = new TestUsers(jdbc, port);
    }

    @Test
    void aMeetingAdminBuildsAGroupItsMembersBecomeMembersAndLeavingTheLastGroupLowersThemBack() {
        TestHttp admin = users.create("admin").http("mp", MEETING_ADMIN);
        TestUsers.User alice = users.create("alice-" + System.nanoTime());
        String name = "Sig" + System.nanoTime() % 100000;

        Answer created = admin.postJson("/mp/groups/", "{\"name\": \"" + name + "\", \"group_type\": 1}");
        long groupId = created.json().get("id").asLong();
        Answer added = admin.postJson("/mp/groupuser/action/new/",
                "{\"ids\": \"" + alice.accountId() + "\", \"group_id\": " + groupId + "}");
        JsonNode members = admin.get("/mp/users_include/" + groupId + "/?search=alice").json();
        JsonNode sigs = admin.get("/mp/sigs/?search=" + name.toLowerCase()).json();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(added.json().get("msg").asString()).isEqualTo("Success to add maintainers to the group");
        assertThat(members.get("total").asInt()).isEqualTo(1);
        assertThat(members.get("data").get(0).get("id").asLong()).isEqualTo(alice.accountId());
        assertThat(sigs.get(0).get("name").asString()).isEqualTo(name);
        assertThat(level(alice)).isEqualTo(2);
        JsonNode raised = PublishedEvents.await(kafka, "user.levels-changed",
                data -> data.get("accountId").asLong() == alice.accountId() && data.get("level").asInt() == 2);
        assertThat(raised.get("data").get("version").asLong()).isEqualTo(1);
        PublishedEvents.await(kafka, "group.membership-changed",
                data -> data.get("accountId").asLong() == alice.accountId() && data.get("member").asBoolean());

        JsonNode own = alice.http("mp", Map.of("level", 2)).get("/mp/usergroup/" + alice.accountId() + "/").json();
        assertThat(own.get(0).get("group_name").asString()).isEqualTo(name);
        assertThat(own.get(0).get("group_type").asString()).isEqualTo("1");
        assertThat(alice.http("mp", Map.of("level", 2)).get("/mp/usergroup/" + (alice.accountId() + 1) + "/")
                .status()).isEqualTo(403);

        Answer removed = admin.postJson("/mp/groupuser/action/del/",
                "{\"ids\": \"" + alice.accountId() + "\", \"group_id\": " + groupId + "}");
        Answer notMember = admin.postJson("/mp/groupuser/action/del/",
                "{\"ids\": \"" + alice.accountId() + "\", \"group_id\": " + groupId + "}");
        assertThat(removed.json().get("msg").asString()).isEqualTo("successfully deleted");
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.json().get("detail").asString()).isEqualTo("参数无效");
        assertThat(level(alice)).isEqualTo(1);
        PublishedEvents.await(kafka, "user.levels-changed",
                data -> data.get("accountId").asLong() == alice.accountId() && data.get("version").asLong() == 2
                        && data.get("level").asInt() == 1);
    }

    @Test
    void groupEndpointsRefuseNonAdminsAndBadInputInTheMpShape() {
        TestHttp admin = users.create("admin").http("mp", MEETING_ADMIN);
        TestHttp plain = users.create("plain").http("mp");

        assertThat(plain.get("/mp/sigs/").status()).isEqualTo(403);
        assertThat(admin.postJson("/mp/groupuser/action/new/", "{\"ids\": \"1-x\", \"group_id\": 1}").json()
                .get("detail").asString()).isIn("参数无效", "用户组不存在");
        Answer unknownGroup = admin.postJson("/mp/groupuser/action/new/", "{\"ids\": \"1\", \"group_id\": \"a\"}");
        assertThat(unknownGroup.status()).isEqualTo(400);
        assertThat(unknownGroup.json().get("detail").asString()).isEqualTo("用户组不存在");
        assertThat(admin.postJson("/mp/groupuser/action/new/", "{\"ids\": \"" + "1-".repeat(50) + "1\","
                + " \"group_id\": 1}").status()).isEqualTo(400);
        assertThat(admin.get("/mp/users_exclude/999999999/").json().get("detail").asString()).isEqualTo("用户组不存在");
        assertThat(admin.get("/mp/users_include_city/?city=x").status()).isEqualTo(400);
        assertThat(admin.postJson("/mp/groupuser/action/new/", "not json").status()).isEqualTo(400);
    }

    @Test
    void citiesAreCreatedOnceTheirMembersListedWithAndWithoutACity() {
        TestHttp admin = users.create("admin").http("mp", MEETING_ADMIN);
        TestUsers.User bob = users.create("bob");
        String city = "城" + System.nanoTime() % 100000;

        assertThat(admin.postJson("/mp/city/", "{\"name\": \"" + city + "\"}").json().get("msg").asString())
                .isEqualTo("success");
        Answer duplicate = admin.postJson("/mp/city/", "{\"name\": \"" + city + "\"}");
        Answer withUrl = admin.postJson("/mp/city/", "{\"name\": \"http://x\"}");
        long cityId = admin.get("/mp/cities/?search=" + java.net.URLEncoder.encode(city,
                java.nio.charset.StandardCharsets.UTF_8)).json().get(0).get("id").asLong();
        admin.postJson("/mp/cityuser/action/new/", "{\"ids\": \"" + bob.accountId() + "\", \"city_id\": " + cityId + "}");
        JsonNode inCity = admin.get("/mp/users_include_city/?city=" + cityId).json();
        JsonNode inAny = admin.get("/mp/users_include_city/?size=50&search=bob").json();
        JsonNode own = bob.http("mp", Map.of("level", 2)).get("/mp/usercity/" + bob.accountId() + "/").json();

        assertThat(duplicate.json().get("detail").asString()).isEqualTo("添加的城市已经存在，请查看");
        assertThat(withUrl.status()).isEqualTo(400);
        assertThat(inCity.get("code").asInt()).isEqualTo(200);
        assertThat(inCity.get("total").asInt()).isEqualTo(1);
        assertThat(inAny.get("data").findValuesAsString("nickname")).contains("bob");
        assertThat(own.get(0).get("city_name").asString()).isEqualTo(city);
        assertThat(level(bob)).isEqualTo(2);
        PublishedEvents.await(kafka, "city.saved", data -> data.get("name").asString().equals(city));
    }

    @Test
    void activityAdminsNameSponsorsAllOrNothing() {
        TestHttp admin = users.create("admin").http("mp", ACTIVITY_ADMIN);
        TestUsers.User carol = users.create("carol");
        TestUsers.User dave = users.create("dave");

        assertThat(admin.postJson("/mp/sponsor/action/new/", "{\"ids\": \"" + carol.accountId() + "\"}").json()
                .get("msg").asString()).isEqualTo("Added successfully");
        Answer again = admin.postJson("/mp/sponsor/action/new/",
                "{\"ids\": \"" + carol.accountId() + "-" + dave.accountId() + "\"}");
        JsonNode sponsors = admin.get("/mp/sponsors/?search=carol").json();

        assertThat(again.json().get("detail").asString()).isEqualTo("信息发生变化，请刷新后重试");
        assertThat(activityLevel(dave)).isEqualTo(1);
        assertThat(sponsors.get("data").findValuesAsString("nickname")).contains("carol");
        JsonNode event = PublishedEvents.await(kafka, "user.levels-changed",
                data -> data.get("accountId").asLong() == carol.accountId() && data.get("sponsor").asBoolean());
        assertThat(event.get("data").get("activityLevel").asInt()).isEqualTo(2);
        assertThat(users.create("nobody").http("mp").get("/mp/sponsors/").status()).isEqualTo(403);
    }

    @Test
    void aSuperUserGrantsAdminLevelsAndNobodyElseMay() {
        TestUsers.User erin = users.create("erin");
        TestHttp superUser = users.create("root").http("campus", Map.of(), "user", "admin");

        Answer granted = superUser.putJson("/campus/admin/users/" + erin.accountId() + "/levels",
                "{\"level\": 3, \"activity_level\": 3}");
        Answer read = superUser.get("/campus/admin/users/" + erin.accountId() + "/levels");
        Answer outOfRange = superUser.putJson("/campus/admin/users/" + erin.accountId() + "/levels", "{\"level\": 4}");
        Answer notSuper = erin.http("campus").putJson("/campus/admin/users/" + erin.accountId() + "/levels",
                "{\"level\": 3}");
        Answer unknown = superUser.get("/campus/admin/users/1/levels");

        assertThat(granted.json().get("level").asInt()).isEqualTo(3);
        assertThat(granted.json().get("activity_level").asInt()).isEqualTo(3);
        assertThat(read.json().get("id").asLong()).isEqualTo(erin.accountId());
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().has("level")).isTrue();
        assertThat(notSuper.status()).isEqualTo(403);
        assertThat(notSuper.json().get("detail").asString()).isEqualTo("您没有执行该操作的权限。");
        assertThat(unknown.status()).isEqualTo(404);
        PublishedEvents.await(kafka, "user.levels-changed",
                data -> data.get("accountId").asLong() == erin.accountId() && data.get("level").asInt() == 3
                        && data.get("activityLevel").asInt() == 3);
    }

    @Test
    void mpUserInfoIsTheCallersOwnAndTheGiteeNameIsAnAdminsToSet() {
        TestUsers.User frank = users.create("frank");
        TestHttp admin = users.create("admin").http("mp", MEETING_ADMIN);

        Answer gitee = admin.putJson("/mp/user/" + frank.accountId() + "/", "{\"gitee_name\": \"frank-g\"}");
        Answer xss = admin.putJson("/mp/user/" + frank.accountId() + "/", "{\"gitee_name\": \"<script>\"}");
        JsonNode info = frank.http("mp").get("/mp/userinfo/" + frank.accountId() + "/").json();

        assertThat(gitee.json().get("gitee_name").asString()).isEqualTo("frank-g");
        assertThat(xss.status()).isEqualTo(400);
        assertThat(xss.json().get("gitee_name").get(0).asString()).isEqualTo("请勿输入XSS标签等内容");
        assertThat(info.get("gitee_name").asString()).isEqualTo("frank-g");
        assertThat(info.get("level").asInt()).isEqualTo(1);
        assertThat(frank.http("mp").get("/mp/userinfo/" + (frank.accountId() + 1) + "/").status()).isEqualTo(403);
        assertThat(frank.http("mp").putJson("/mp/user/" + frank.accountId() + "/", "{\"gitee_name\": \"x\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void campusUsersEditThemselvesSuperUsersListAndDeleteAndFeedbackIsTheCallersOwn() {
        TestUsers.User grace = users.create("grace");
        TestUsers.User other = users.create("other");
        TestHttp superUser = users.create("root").http("campus", Map.of(), "user", "admin");
        TestHttp campus = grace.http("campus");

        Answer edited = campus.putJson("/campus/users/" + grace.accountId() + "/", "{\"name\": \"myname\", \"sign\": \"hi\"}");
        Answer missing = campus.putJson("/campus/users/" + grace.accountId() + "/", "{\"sign\": \"hi\"}");
        Answer blank = campus.putJson("/campus/users/" + grace.accountId() + "/", "{\"name\": \"\"}");
        Answer others = campus.putJson("/campus/users/" + other.accountId() + "/", "{\"name\": \"x\"}");
        Answer list = campus.get("/campus/users/");
        Answer page = superUser.get("/campus/users/?limit=1");

        assertThat(edited.json().get("name").asString()).isEqualTo("myname");
        assertThat(edited.json().get("sign").asString()).isEqualTo("hi");
        assertThat(missing.json().get("name").get(0).asString()).isEqualTo("该字段是必填项。");
        assertThat(blank.json().get("name").get(0).asString()).isEqualTo("该字段不能为空。");
        assertThat(others.status()).isEqualTo(403);
        assertThat(list.status()).isEqualTo(403);
        assertThat(page.json().get("results")).hasSize(1);
        assertThat(page.json().get("next").asString()).contains("limit=1&offset=1");

        Answer feedback = campus.postJson("/campus/feedbacks/", "{\"content\": \"反馈内容\", \"user\": "
                + grace.accountId() + "}");
        Answer forOther = campus.postJson("/campus/feedbacks/", "{\"content\": \"x\", \"user\": " + other.accountId() + "}");
        Answer noFields = campus.postJson("/campus/feedbacks/", "{}");
        assertThat(feedback.status()).isEqualTo(201);
        assertThat(feedback.json().get("pub_time").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(noFields.json().get("content").get(0).asString()).isEqualTo("该字段是必填项。");
        assertThat(noFields.json().get("user").get(0).asString()).isEqualTo("该字段是必填项。");
        long feedbackId = feedback.json().get("id").asLong();
        assertThat(superUser.get("/campus/feedbacks/").json().findValuesAsString("content")).contains("反馈内容");
        assertThat(superUser.delete("/campus/feedbacks/" + feedbackId + "/").status()).isEqualTo(204);
        assertThat(superUser.delete("/campus/feedbacks/" + feedbackId + "/").status()).isEqualTo(404);

        assertThat(superUser.delete("/campus/users/" + other.accountId() + "/").status()).isEqualTo(204);
        assertThat(superUser.get("/campus/users/" + other.accountId() + "/").json().get("detail").asString())
                .isEqualTo("未找到。");
        PublishedEvents.await(kafka, "user.deleted", data -> data.get("accountId").asLong() == other.accountId());
    }

    private int level(TestUsers.User user) {
        return jdbc.queryForObject("SELECT level FROM user_profile WHERE account_id = ?", Integer.class,
                user.accountId());
    }

    private int activityLevel(TestUsers.User user) {
        return jdbc.queryForObject("SELECT activity_level FROM user_profile WHERE account_id = ?", Integer.class,
                user.accountId());
    }
}
