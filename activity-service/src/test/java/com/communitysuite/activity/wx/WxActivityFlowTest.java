package com.communitysuite.activity.wx;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.activity.ActivityServiceTest;
import com.communitysuite.activity.Callers;
import com.communitysuite.activity.TopicReader;
import com.communitysuite.activity.campus.CampusFixtures;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** The wx H5 pages of activities, with a user's token and with organizations' keys. */
@ActivityServiceTest
class WxActivityFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    long organization;
    long otherOrganization;
    long activity;
    long otherActivity;
    String course;

    @BeforeEach
    void pages() {
        CampusFixtures fixtures = new CampusFixtures(jdbc);
        long block = fixtures.block("社团");
        long owner = fixtures.person("机构");
        organization = fixtures.organization(CampusFixtures.unique("机构甲"), block, owner);
        otherOrganization = fixtures.organization(CampusFixtures.unique("机构乙"), block, owner);
        course = CampusFixtures.unique("course-");
        activity = page(organization, "name,phone", course);
        otherActivity = page(otherOrganization, "name", CampusFixtures.unique("course-"));
    }

    long page(long org, String collect, String courseId) {
        Instant now = clock.instant();
        return jdbc.queryForObject("INSERT INTO activity (surface, status, title, owner_account_id, organization_id,"
                + " background_url, logo_url, music_url, permission_meeting_id, collect_info, close_at, course_id,"
                + " start_at, end_at, created_at, updated_at, published_at) VALUES ('campus', 'PUBLISHED', ?, 1, ?,"
                + " 'https://example.org/bg.png', 'https://example.org/logo.png', 'https://example.org/m.mp3', 520, ?,"
                + " ?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class, CampusFixtures.unique("互动"), org, collect,
                Timestamp.from(now.plus(Duration.ofDays(1))), courseId, Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofDays(2))), Timestamp.from(now), Timestamp.from(now),
                Timestamp.from(now));
    }

    /** An activity of the organization whose page nothing has set up yet. */
    long bare(long org, long ownerAccountId) {
        Instant now = clock.instant();
        return jdbc.queryForObject("INSERT INTO activity (surface, status, title, owner_account_id, organization_id,"
                + " start_at, end_at, created_at, updated_at, published_at) VALUES ('campus', 'PUBLISHED', ?, ?, ?,"
                + " ?, ?, ?, ?, ?) RETURNING id", Long.class, CampusFixtures.unique("互动"), ownerAccountId, org,
                Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(2))), Timestamp.from(now),
                Timestamp.from(now), Timestamp.from(now));
    }

    TestHttp organizationKey(long org) {
        return TestHttp.at(port).withIdentity(Callers.wxOrganization(org));
    }

    @Test
    void anOrganizationsKeyReadsAndWritesOnlyItsOwnActivities() {
        TestHttp key = organizationKey(organization);
        for (String prefix : new String[] { "", "/api/v3" }) {
            JsonNode info = key.get(prefix + "/activitys_for_wx/" + activity).json();
            assertThat(info.get("code").asInt()).isZero();
            assertThat(info.get("data").get("activity_id").asString()).isEqualTo(Long.toString(activity));
            assertThat(info.get("data").get("permission").asString()).isEqualTo("520");
            assertThat(info.get("data").get("collect_info").asString()).isEqualTo("name,phone");
            assertThat(info.get("data").get("close_time").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(key.get(prefix + "/activitys_for_wx/" + activity + "/wx/auth_meeting").json().get("data")
                    .asLong()).isEqualTo(520);
            assertThat(key.get(prefix + "/activitys_for_wx/" + activity + "/wx/collect_info").json().get("data")
                    .asString()).isEqualTo("name,phone");
        }
        Answer foreign = key.get("/activitys_for_wx/" + otherActivity);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("code").asInt()).isEqualTo(1);
        assertThat(key.get("/api/v3/activitys_for_wx/" + otherActivity + "/wx/collect_info").json().get("code")
                .asInt()).isEqualTo(1);
        assertThat(key.postJson("/api/v3/activitys_for_wx/" + otherActivity + "/wx/userInfo",
                "{\"member_id\": \"m1\", \"member_real_name\": \"张三\"}").json().get("code").asInt()).isEqualTo(1);
        assertThat(key.postJson("/api/v3/activitys_for_wx/" + otherActivity + "/exist", "").json().get("data")
                .asBoolean()).isFalse();
        assertThat(key.postJson("/api/v3/activitys_for_wx/" + activity + "/exist", "").json().get("data")
                .asBoolean()).isTrue();
        assertThat(key.postJson("/api/v3/activitys_for_wx/999999999/exist", "").json().get("data").asBoolean())
                .isFalse();
        assertThat(key.get("/activitys_for_wx/999999999").status()).isEqualTo(404);
    }

    @Test
    void membersSubmitWhatThePageCollectsAndCourseServersSignThemIn() {
        TestHttp key = organizationKey(organization);
        String path = "/api/v3/activitys_for_wx/" + activity;
        assertThat(key.get(path + "/wx/hasJoin/m-1").json().get("data").asInt()).isZero();
        Answer missingPhone = key.postJson(path + "/wx/userInfo",
                "{\"member_id\": \"m-1\", \"member_icon\": \"i\", \"member_nickname\": \"n\", \"member_real_name\": \"张三\"}");
        assertThat(missingPhone.status()).isEqualTo(400);
        assertThat(missingPhone.json().get("code").asInt()).isEqualTo(1);
        assertThat(key.postJson(path + "/wx/userInfo", "{\"member_id\": \"m-1\", \"member_real_name\": \"张三\","
                + " \"member_phone\": \"12345\"}").status()).isEqualTo(400);
        assertThat(key.postJson(path + "/wx/userInfo", "[1]").status()).isEqualTo(400);
        assertThat(key.postJson(path + "/wx/userInfo", "{\"member_id\": ").status()).isEqualTo(400);
        Answer submitted = key.postJson(path + "/wx/userInfo", "{\"member_id\": \"m-1\", \"member_icon\": \"i\","
                + " \"member_nickname\": \"n\", \"member_real_name\": \"张三\", \"member_phone\": \"13800138000\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("msg").asString()).isEqualTo("提交用户微信信息成功");
        assertThat(submitted.json().get("data").asString()).isEqualTo("m-1");
        assertThat(key.get("/activitys_for_wx/" + activity + "/wx/hasJoin/m-1").json().get("data").asInt())
                .isEqualTo(1);
        TestHttp user = TestHttp.at(port).withIdentity(Callers.wxUser(Callers.newAccount()));
        assertThat(user.get("/activitys_for_wx/" + otherActivity + "/wx/hasJoin/m-1").json().get("data").asInt())
                .isZero();

        Answer signedIn = key.postJson("/activitys_for_wx/course/" + course + "/signinInfo",
                "{\"member_id\": \"m-2\", \"member_icon\": \"x\", \"member_nickname\": \"y\"}");
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().get("data").asString()).isEqualTo("m-2");
        assertThat(jdbc.queryForObject("SELECT signed_in_at IS NOT NULL FROM wx_member WHERE activity_id = ?"
                + " AND member_id = 'm-2'", Boolean.class, activity)).isTrue();
        assertThat(organizationKey(otherOrganization).postJson("/activitys_for_wx/course/" + course + "/signinInfo",
                "{\"member_id\": \"m-3\"}").json().get("code").asInt()).isEqualTo(1);
        assertThat(user.postJson("/activitys_for_wx/course/" + course + "/signinInfo", "{\"member_id\": \"m-3\"}")
                .status()).isEqualTo(403);
        assertThat(TestHttp.at(port).withIdentity(Callers.anonymousMp()).get("/activitys_for_wx/" + activity)
                .status()).isIn(401, 403);

        clock.advance(Duration.ofDays(2));
        assertThat(key.postJson(path + "/wx/userInfo", "{\"member_id\": \"m-4\", \"member_real_name\": \"李四\","
                + " \"member_phone\": \"13800138001\"}").json().get("msg").asString()).isEqualTo("活动已截止");
    }

    @Test
    void aUsersTokenChangesOnlyTheMembersThatAccountSubmitted() {
        String path = "/api/v3/activitys_for_wx/" + activity + "/wx/userInfo";
        TestHttp first = TestHttp.at(port).withIdentity(Callers.wxUser(Callers.newAccount()));
        TestHttp second = TestHttp.at(port).withIdentity(Callers.wxUser(Callers.newAccount()));
        String member = "{\"member_id\": \"%s\", \"member_nickname\": \"%s\", \"member_real_name\": \"张三\","
                + " \"member_phone\": \"13800138000\"}";

        assertThat(first.postJson(path, member.formatted("u-1", "first")).status()).isEqualTo(200);
        assertThat(first.postJson(path, member.formatted("u-1", "first again")).status()).as("its own").isEqualTo(200);
        Answer overwrite = second.postJson(path, member.formatted("u-1", "second"));
        assertThat(overwrite.status()).isEqualTo(403);
        assertThat(overwrite.json().get("code").asInt()).isEqualTo(1);
        assertThat(overwrite.json().get("msg").asString()).isEqualTo(WxActivities.SOMEONE_ELSES_MEMBER);
        assertThat(second.postJson(path, member.formatted("org-recorded", "x")).status()).isEqualTo(200);
        assertThat(organizationKey(organization).postJson(path, member.formatted("org-only", "org")).status())
                .isEqualTo(200);
        assertThat(second.postJson(path, member.formatted("org-only", "second")).status())
                .as("a member the organization recorded").isEqualTo(403);
        assertThat(organizationKey(organization).postJson(path, member.formatted("u-1", "by the organization"))
                .status()).as("the organization's own activity").isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT nickname FROM wx_member WHERE activity_id = ? AND member_id IN"
                + " ('u-1', 'org-only') ORDER BY member_id", String.class, activity))
                .containsExactly("org", "by the organization");
    }

    @Test
    void theOrganizationSetsUpThePageThatUserInfoAndTheCourseServerThenFollow() {
        long ownerAccount = Callers.newAccount();
        long configured = bare(organization, ownerAccount);
        String path = "/activitys_for_wx/" + configured;
        TestHttp key = organizationKey(organization);
        String courseId = CampusFixtures.unique("course-");
        String closeTime = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
                .format(clock.instant().plus(Duration.ofHours(3)).atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(key.postJson(path + "/wx/userInfo", "{\"member_id\": \"p-0\"}").status())
                .as("nothing collected yet").isEqualTo(200);

        Answer set = key.putJson(path, "{\"collect_info\": \"phone,name\", \"close_time\": \"" + closeTime
                + "\", \"course_id\": \"" + courseId + "\", \"background\": \"https://example.org/bg.png\","
                + " \"permission\": \"520\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("code").asInt()).isZero();
        assertThat(set.json().get("msg").asString()).isEqualTo("修改成功");
        JsonNode page = set.json().get("data");
        assertThat(page.get("activity_id").asString()).isEqualTo(Long.toString(configured));
        assertThat(page.get("collect_info").asString()).isEqualTo("name,phone");
        assertThat(page.get("close_time").asString()).isEqualTo(closeTime);
        assertThat(page.get("permission").asString()).isEqualTo("520");
        assertThat(page.get("background").asString()).isEqualTo("https://example.org/bg.png");
        assertThat(key.get("/api/v3" + path).json().get("data")).isEqualTo(page);
        assertThat(key.get(path + "/wx/collect_info").json().get("data").asString()).isEqualTo("name,phone");

        Answer missingPhone = key.postJson(path + "/wx/userInfo",
                "{\"member_id\": \"p-1\", \"member_real_name\": \"张三\"}");
        assertThat(missingPhone.status()).isEqualTo(400);
        assertThat(missingPhone.json().get("code").asInt()).isEqualTo(1);
        assertThat(key.postJson(path + "/wx/userInfo", "{\"member_id\": \"p-1\", \"member_real_name\": \"张三\","
                + " \"member_phone\": \"13800138000\"}").status()).isEqualTo(200);

        Answer signedIn = key.postJson("/activitys_for_wx/course/" + courseId + "/signinInfo",
                "{\"member_id\": \"p-2\", \"member_nickname\": \"签到\"}");
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT signed_in_at IS NOT NULL FROM wx_member WHERE activity_id = ?"
                + " AND member_id = 'p-2'", Boolean.class, configured)).isTrue();

        Answer taken = key.putJson("/api/v3/activitys_for_wx/" + activity, "{\"course_id\": \"" + courseId + "\"}");
        assertThat(taken.status()).as("a course is one activity of its organization").isEqualTo(400);
        assertThat(taken.json().get("msg").asString()).isEqualTo(WxActivities.COURSE_TAKEN);
        assertThat(organizationKey(otherOrganization).putJson("/activitys_for_wx/" + otherActivity,
                "{\"course_id\": \"" + courseId + "\"}").status()).as("another organization's course").isEqualTo(200);

        Answer foreignKey = organizationKey(otherOrganization).putJson(path, "{\"collect_info\": \"\"}");
        assertThat(foreignKey.status()).isEqualTo(403);
        assertThat(foreignKey.json().get("code").asInt()).isEqualTo(1);
        Answer stranger = TestHttp.at(port).withIdentity(Callers.wxUser(Callers.newAccount()))
                .putJson(path, "{\"collect_info\": \"\"}");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.json().get("code").asInt()).isEqualTo(1);
        assertThat(stranger.json().get("msg").asString()).isEqualTo(WxActivities.NOT_PAGE_MANAGER);
        assertThat(TestHttp.at(port).withIdentity(Callers.anonymousMp()).putJson(path, "{\"logo\": null}").status())
                .isIn(401, 403);
        assertThat(key.putJson("/activitys_for_wx/999999999", "{\"logo\": null}").status()).isEqualTo(404);
        assertThat(key.get(path).json().get("data").get("collect_info").asString()).as("unchanged by the refused")
                .isEqualTo("name,phone");

        Answer byOwner = TestHttp.at(port).withIdentity(Callers.wxUser(ownerAccount)).putJson("/api/v3" + path,
                "{\"logo\": \"https://example.org/logo.png\", \"permission\": 0}");
        assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(200);
        assertThat(byOwner.json().get("data").get("logo").asString()).isEqualTo("https://example.org/logo.png");
        assertThat(byOwner.json().get("data").get("permission").asString()).isEqualTo("0");
        assertThat(byOwner.json().get("data").get("close_time").asString()).as("left as it was").isEqualTo(closeTime);
        long manager = Callers.newAccount();
        new CampusFixtures(jdbc).manager(organization, manager);
        assertThat(TestHttp.at(port).withIdentity(Callers.wxUser(manager)).putJson(path, "{\"music\": null}")
                .status()).as("a manager of its organization").isEqualTo(200);

        clock.advance(Duration.ofHours(4));
        Answer closed = key.postJson(path + "/wx/userInfo", "{\"member_id\": \"p-3\", \"member_real_name\": \"李四\","
                + " \"member_phone\": \"13800138001\"}");
        assertThat(closed.json().get("code").asInt()).isEqualTo(1);
        assertThat(closed.json().get("msg").asString()).isEqualTo(WxActivities.CLOSED);
        assertThat(key.putJson(path, "{\"close_time\": null}").status()).isEqualTo(200);
        assertThat(key.postJson(path + "/wx/userInfo", "{\"member_id\": \"p-3\", \"member_real_name\": \"李四\","
                + " \"member_phone\": \"13800138001\"}").status()).as("open again").isEqualTo(200);

        List<JsonNode> events = TopicReader.awaitTypes(kafka, Long.toString(configured), "activity.saved");
        assertThat(events.get(0).get("actorId").isNull() || events.get(0).get("actorId").isMissingNode())
                .as("the organization's key has no account").isTrue();
    }

    @Test
    void thePageSettingsAreDescribedInTheWxDocument() {
        Answer document = TestHttp.at(port).withIdentity(Callers.anonymousMp()).get("/v3/api-docs/wx");
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        for (String path : new String[] { "/activitys_for_wx/{id}", "/api/v3/activitys_for_wx/{id}" }) {
            JsonNode put = document.json().get("paths").get(path).get("put");
            assertThat(put.get("summary").asString()).contains("addition to the wx document");
            JsonNode fields = put.get("requestBody").get("content").get("application/json").get("schema")
                    .get("properties");
            assertThat(fields.propertyNames()).containsExactlyInAnyOrderElementsOf(WxPageSettings.FIELDS);
            assertThat(fields.get("course_id").get("type").toString()).contains("string");
            assertThat(fields.get("course_id").get("maxLength").asInt()).isEqualTo(64);
            assertThat(put.get("responses").get("200").toString()).contains("WxResponseActivityInfo");
            assertThat(put.get("responses").has("403")).isTrue();
        }
    }
}
