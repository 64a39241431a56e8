package com.communitysuite.activity.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.activity.ActivityServiceTest;
import com.communitysuite.activity.Callers;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** The campus platform's activities, participants and comments through the service's HTTP surface. */
@ActivityServiceTest
class CampusActivityFlowTest {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    CampusFixtures fixtures;
    long personalBlock;
    long clubBlock;
    long owner;
    long manager;
    long stranger;
    long organization;
    long address;
    long category;

    @BeforeEach
    void world() {
        fixtures = new CampusFixtures(jdbc);
        personalBlock = fixtures.block("个人");
        clubBlock = fixtures.block("社团");
        owner = fixtures.person("组织者");
        manager = fixtures.person("管理员");
        stranger = fixtures.person("路人");
        organization = fixtures.organization(CampusFixtures.unique("摄影社"), clubBlock, owner);
        fixtures.manager(organization, manager);
        address = fixtures.address();
        category = fixtures.category();
    }

    TestHttp as(long accountId) {
        return TestHttp.at(port).withIdentity(Callers.campus(accountId));
    }

    String at(Duration fromNow) {
        return LOCAL.format(LocalDateTime.ofInstant(clock.instant().plus(fromNow), ZoneId.of("Asia/Shanghai")));
    }

    String activity(String name, long ownerId, Long org, long block, int contain, boolean review) {
        return """
                {"name": "%s", "begin_time": "%s", "end_time": "%s", "contain": %d, "description": "摄影爱好者的周末外拍活动，欢迎参加",
                 "review": %s, "owner": %d, "type": %d, "org": %s, "location": %d, "block": %d}
                """.formatted(name, at(Duration.ofDays(1)), at(Duration.ofDays(2)), contain, review, ownerId, category,
                org == null ? "null" : org.toString(), address, block);
    }

    long create(long caller, String body) {
        Answer created = as(caller).postJson("/campus/activities/", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void personalAndOrganizationActivitiesAreCreatedByWhoMayAndShownNested() {
        long personal = create(stranger, activity(CampusFixtures.unique("个人外拍"), stranger, null, personalBlock, 5,
                false));
        String name = CampusFixtures.unique("社团外拍");
        Answer created = as(manager).postJson("/campus/activities/",
                activity(name, manager, organization, clubBlock, 5, false));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("org").asLong()).isEqualTo(organization);
        assertThat(created.json().get("owner").asLong()).isEqualTo(manager);
        assertThat(created.json().has("pub_time")).isTrue();
        long orgActivity = created.json().get("id").asLong();

        assertThat(as(stranger).postJson("/campus/activities/",
                activity(CampusFixtures.unique("冒名"), stranger, organization, clubBlock, 5, false)).status())
                .isEqualTo(403);
        assertThat(as(stranger).postJson("/campus/activities/",
                activity(CampusFixtures.unique("冒名"), owner, null, personalBlock, 5, false)).status()).isEqualTo(403);
        Answer mismatch = as(owner).postJson("/campus/activities/",
                activity(CampusFixtures.unique("错版块"), owner, organization, personalBlock, 5, false));
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("org/block").get(0).asString()).isEqualTo("组织与版块不匹配。");
        Answer duplicate = as(owner).postJson("/campus/activities/", activity(name, owner, organization, clubBlock, 5,
                false));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("name").get(0).asString()).isEqualTo("具有 活动名称 的 activity 已存在。");
        Answer missing = as(owner).postJson("/campus/activities/", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("begin_time").get(0).asString()).isEqualTo("该字段是必填项。");
        assertThat(missing.json().has("block")).isTrue();
        Answer contain = as(owner).postJson("/campus/activities/",
                activity(CampusFixtures.unique("零人"), owner, null, personalBlock, 0, false));
        assertThat(contain.json().get("contain").get(0).asString()).isEqualTo("请确保该值大于或者等于 1。");
        Answer reversed = as(owner).postJson("/campus/activities/", activity(CampusFixtures.unique("倒序"), owner, null,
                personalBlock, 3, false).replace("\"begin_time\": \"" + at(Duration.ofDays(1)),
                        "\"begin_time\": \"" + at(Duration.ofDays(3))));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().has("begin_time/end_time")).isTrue();
        assertThat(as(owner).postJson("/campus/activities/", activity(CampusFixtures.unique("坏时间"), owner, null,
                personalBlock, 3, false).replace(at(Duration.ofDays(1)), "tomorrow")).json().get("begin_time")
                .get(0).asString()).startsWith("日期时间格式错误");

        JsonNode detail = as(stranger).get("/campus/activities/" + orgActivity + "/").json();
        assertThat(detail.get("owner").get("name").asString()).isEqualTo("管理员");
        assertThat(detail.get("type").get("id").asLong()).isEqualTo(category);
        assertThat(detail.get("org").get("owner").asLong()).isEqualTo(owner);
        assertThat(detail.get("location").get("longitude").asString()).isEqualTo("116.300000");
        assertThat(detail.get("block").get("name").asString()).isEqualTo("社团");
        assertThat(as(stranger).get("/campus/activities/999999999/").json().get("detail").asString())
                .isEqualTo("未找到。");

        assertThat(ids(as(stranger).get("/campus/organizations/activities/" + organization + "/"))).containsExactly(
                orgActivity);
        assertThat(ids(as(stranger).get("/campus/blocks/activities/unstart/" + personalBlock + "/")))
                .containsExactly(personal);
        assertThat(ids(as(stranger).get("/campus/blocks/activities/cur/" + personalBlock + "/"))).isEmpty();
        assertThat(ids(as(stranger).get("/campus/users/released_activities/" + stranger + "/")))
                .containsExactly(personal);
        assertThat(as(owner).get("/campus/users/released_activities/" + stranger + "/").status()).isEqualTo(403);
        JsonNode page = as(stranger).get("/campus/organizations/activities/" + organization + "/?limit=1").json();
        assertThat(page.get("count").asInt()).isEqualTo(1);
        assertThat(page.get("results").get(0).get("id").asLong()).isEqualTo(orgActivity);
        JsonNode blockPage = as(stranger).get("/campus/blocks/activities/" + personalBlock + "/?limit=1&offset=0")
                .json();
        assertThat(blockPage.get("next").isNull()).isTrue();
        create(stranger, activity(CampusFixtures.unique("第二个"), stranger, null, personalBlock, 5, false));
        assertThat(as(stranger).get("/campus/blocks/activities/" + personalBlock + "/?limit=1").json().get("next")
                .asString()).endsWith("/campus/blocks/activities/" + personalBlock + "/?limit=1&offset=1");
    }

    @Test
    void theOwnerOrAManagerChangesAndDeletesAndParticipantsAreCounted() {
        long id = create(owner, activity(CampusFixtures.unique("讲座"), owner, organization, clubBlock, 3, false));
        assertThat(as(stranger).postJson("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + stranger + "}").status()).isEqualTo(201);

        String change = """
                {"name": "%s", "begin_time": "%s", "end_time": "%s", "contain": 10, "description": "新的描述", "type": %d,
                 "location": %d}""".formatted(CampusFixtures.unique("新讲座"), at(Duration.ofHours(30)),
                at(Duration.ofDays(3)), category, address);
        assertThat(as(stranger).putJson("/campus/activities/" + id + "/", change).status()).isEqualTo(403);
        Answer changed = as(manager).putJson("/campus/activities/" + id + "/", change);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("contain").asInt()).isEqualTo(10);
        assertThat(changed.json().has("id")).isFalse();
        assertThat(as(manager).putJson("/campus/activities/999999999/", change).status()).isEqualTo(404);

        JsonNode relation = as(manager).postJson("/campus/userActRelation/",
                "{\"user\": " + manager + ", \"act\": " + id + "}").json();
        assertThat(relation.get("isManager").asBoolean()).isTrue();
        assertThat(relation.get("isOwner").asBoolean()).isFalse();
        assertThat(relation.get("hasJoined").asBoolean()).isFalse();
        assertThat(as(stranger).postJson("/campus/userActRelation/",
                "{\"user\": " + stranger + ", \"act\": " + id + "}").json().get("hasJoined").asBoolean()).isTrue();
        assertThat(as(stranger).postJson("/campus/userActRelation/",
                "{\"user\": " + owner + ", \"act\": " + id + "}").status()).isEqualTo(403);
        assertThat(as(stranger).postJson("/campus/userActRelation/",
                "{\"user\": " + stranger + ", \"act\": 999999999}").json().get("detail").asString())
                .isEqualTo("未找到活动");

        assertThat(as(stranger).get("/campus/activities/joined_numbers/" + id + "/").json().get("number").asInt())
                .isEqualTo(1);
        assertThat(as(stranger).get("/campus/activities/joined_numbers/999999999/").json().get("number").asInt())
                .isZero();
        JsonNode joined = as(stranger).get("/campus/user/joined_acts/" + stranger + "/").json();
        assertThat(joined.get(0).get("act").get("id").asLong()).isEqualTo(id);
        assertThat(as(stranger).get("/campus/users/joined_acts/unstart/" + stranger + "/").json().get(0).get("act")
                .get("org").asLong()).isEqualTo(organization);
        assertThat(as(stranger).get("/campus/users/joined_acts/end/" + stranger + "/").json()).isEmpty();
        assertThat(as(manager).get("/campus/user/joined_acts/" + stranger + "/").status()).isEqualTo(403);

        assertThat(as(stranger).delete("/campus/activities/" + id + "/").status()).isEqualTo(403);
        assertThat(as(owner).delete("/campus/activities/" + id + "/").status()).isEqualTo(204);
        assertThat(as(owner).get("/campus/activities/" + id + "/").status()).isEqualTo(404);
    }

    @Test
    void joinsAreOncePerUserWithinCapacityAndOthersMayRemove() {
        long id = create(owner, activity(CampusFixtures.unique("小型"), owner, null, personalBlock, 1, false));
        long other = fixtures.person("后来者");
        assertThat(as(stranger).postJson("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + other + "}").status()).isEqualTo(403);
        Answer joined = as(stranger).postJson("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + stranger + "}");
        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.json().get("act").asLong()).isEqualTo(id);
        assertThat(joined.json().has("underReview")).isFalse();
        Answer again = as(stranger).postJson("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + stranger + "}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("detail").get(0).asString()).isEqualTo("不可重复加入活动。");
        Answer full = as(other).postJson("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + other + "}");
        assertThat(full.status()).isEqualTo(400);
        assertThat(full.json().get("detail").asString()).isEqualTo("活动人数已满。");
        assertThat(as(other).postJson("/campus/activities/participants/",
                "{\"act\": 999999999, \"person\": " + other + "}").json().get("act").get(0).asString())
                .contains("999999999");

        assertThat(as(other).delete("/campus/activities/participants/?person=" + stranger + "&act=" + id).status())
                .isEqualTo(403);
        assertThat(as(owner).delete("/campus/activities/participants/?person=" + stranger + "&act=" + id).status())
                .isEqualTo(204);
        assertThat(as(other).postJson("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + other + "}").status()).isEqualTo(201);
        assertThat(as(other).delete("/campus/activities/participants/?person=" + other + "&act=" + id).status())
                .isEqualTo(204);
        assertThat(as(other).delete("/campus/activities/participants/?person=" + other + "&act=" + id).status())
                .isEqualTo(204);
        assertThat(as(other).delete("/campus/activities/participants/?act=" + id).status()).isEqualTo(400);
    }

    @Test
    void aReviewedActivityTakesApplicationsThatTheOwnerOrAManagerDecides() {
        long id = create(owner, activity(CampusFixtures.unique("需审核"), owner, organization, clubBlock, 1, true));
        long second = fixtures.person("第二人");
        Answer applied = as(stranger).postJson("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + stranger + "}");
        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.json().get("underReview").asBoolean()).isTrue();
        as(second).postJson("/campus/activities/participants/", "{\"act\": " + id + ", \"person\": " + second + "}");
        JsonNode relation = as(stranger).postJson("/campus/userActRelation/",
                "{\"user\": " + stranger + ", \"act\": " + id + "}").json();
        assertThat(relation.get("underReview").asBoolean()).isTrue();
        assertThat(relation.get("hasJoined").asBoolean()).isFalse();
        assertThat(as(stranger).get("/campus/activities/joined_numbers/" + id + "/").json().get("number").asInt())
                .isZero();

        assertThat(as(stranger).get("/campus/activities/" + id + "/applications/").status()).isEqualTo(403);
        JsonNode applications = as(manager).get("/campus/activities/" + id + "/applications/").json();
        assertThat(applications.get(0).get("person").get("id").asLong()).isEqualTo(stranger);
        assertThat(as(stranger).putJson("/campus/activities/" + id + "/applications/" + stranger + "/",
                "{\"approved\": true}").status()).isEqualTo(403);
        assertThat(as(manager).putJson("/campus/activities/" + id + "/applications/" + stranger + "/",
                "{\"approved\": true}").status()).isEqualTo(200);
        Answer noPlace = as(owner).putJson("/campus/activities/" + id + "/applications/" + second + "/",
                "{\"approved\": true}");
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.json().get("detail").asString()).isEqualTo("活动人数已满。");
        assertThat(as(owner).putJson("/campus/activities/" + id + "/applications/" + second + "/",
                "{\"approved\": false}").status()).isEqualTo(200);
        assertThat(as(owner).putJson("/campus/activities/" + id + "/applications/" + second + "/",
                "{\"approved\": false}").status()).isEqualTo(404);
        assertThat(as(owner).putJson("/campus/activities/" + id + "/applications/" + second + "/",
                "{\"approved\": \"maybe\"}").status()).isEqualTo(400);
        assertThat(as(stranger).postJson("/campus/userActRelation/",
                "{\"user\": " + stranger + ", \"act\": " + id + "}").json().get("hasJoined").asBoolean()).isTrue();
    }

    @Test
    void parallelCampusJoinsAndApprovalsNeverOverbook() throws Exception {
        long open = create(owner, activity(CampusFixtures.unique("抢位"), owner, null, personalBlock, 7, false));
        List<Long> joiners = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            joiners.add(Callers.newAccount());
        }
        List<Integer> statuses = inParallel(joiners, account -> as(account).postJson(
                "/campus/activities/participants/", "{\"act\": " + open + ", \"person\": " + account + "}").status());
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(7);
        assertThat(statuses.stream().filter(s -> s == 400).count()).isEqualTo(53);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participant WHERE activity_id = ?", Long.class, open))
                .isEqualTo(7);

        long reviewed = create(owner, activity(CampusFixtures.unique("审核抢位"), owner, organization, clubBlock, 4,
                true));
        List<Long> applicants = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long account = Callers.newAccount();
            applicants.add(account);
            as(account).postJson("/campus/activities/participants/",
                    "{\"act\": " + reviewed + ", \"person\": " + account + "}");
        }
        List<Integer> approvals = inParallel(applicants, account -> as(applicants.indexOf(account) % 2 == 0 ? owner
                : manager).putJson("/campus/activities/" + reviewed + "/applications/" + account + "/",
                        "{\"approved\": true}").status());
        assertThat(approvals.stream().filter(s -> s == 200).count()).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT joined FROM activity WHERE id = ?", Integer.class, reviewed))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participant WHERE activity_id = ? AND state = 'JOINED'",
                Long.class, reviewed)).isEqualTo(4);
    }

    @Test
    void followersSeeTheirOrganizationsActivitiesNewestFirst() {
        long first = create(owner, activity(CampusFixtures.unique("第一场"), owner, organization, clubBlock, 5, false));
        clock.advance(Duration.ofMinutes(1));
        long second = create(owner, activity(CampusFixtures.unique("第二场"), owner, organization, clubBlock, 5, false));
        create(stranger, activity(CampusFixtures.unique("个人的"), stranger, null, personalBlock, 5, false));
        fixtures.follow(organization, stranger);
        assertThat(ids(as(stranger).get("/campus/users/followed_organizations/activities/" + stranger + "/")))
                .containsExactly(second, first);
        assertThat(as(owner).get("/campus/users/followed_organizations/activities/" + stranger + "/").status())
                .isEqualTo(403);
    }

    @Test
    void participantsCommentOnceAndTheAuthorOrManagersChangeOrDelete() {
        long id = create(owner, activity(CampusFixtures.unique("评价"), owner, organization, clubBlock, 5, false));
        String comment = "{\"content\": \"很好\", \"score\": 4.5, \"act\": " + id + ", \"user\": " + stranger + "}";
        assertThat(as(stranger).postJson("/campus/activities/comments/", comment).status()).isEqualTo(403);
        as(stranger).postJson("/campus/activities/participants/", "{\"act\": " + id + ", \"person\": " + stranger + "}");
        assertThat(as(manager).postJson("/campus/activities/comments/", comment).status()).isEqualTo(403);
        Answer created = as(stranger).postJson("/campus/activities/comments/", comment);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("score").asDouble()).isEqualTo(4.5);
        long commentId = created.json().get("id").asLong();
        assertThat(as(stranger).postJson("/campus/activities/comments/", comment).json().get("non_field_errors")
                .get(0).asString()).isEqualTo("您已评价过该活动。");
        assertThat(as(stranger).postJson("/campus/activities/comments/", comment.replace("4.5", "4.3")).status())
                .isEqualTo(400);
        assertThat(as(stranger).postJson("/campus/activities/comments/", comment.replace("4.5", "5.5")).status())
                .isEqualTo(400);
        Answer missing = as(stranger).postJson("/campus/activities/comments/", "{}");
        assertThat(missing.json().get("score").get(0).asString()).isEqualTo("该字段是必填项。");
        assertThat(missing.json().has("act")).isTrue();

        JsonNode one = as(owner).get("/campus/activities/comments/" + commentId + "/").json();
        assertThat(one.get("user").get("name").asString()).isEqualTo("路人");
        assertThat(one.get("act").asLong()).isEqualTo(id);
        assertThat(as(owner).get("/campus/activities/" + id + "/comments/").json()).hasSize(1);
        assertThat(as(owner).get("/campus/activities/" + id + "/users/" + stranger + "/comments/").json().get("id")
                .asLong()).isEqualTo(commentId);
        Answer none = as(owner).get("/campus/activities/" + id + "/users/" + owner + "/comments/");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("id").asInt()).isEqualTo(-1);
        assertThat(as(owner).get("/campus/activities/comments/").status()).isEqualTo(403);
        assertThat(TestHttp.at(port).withIdentity(Callers.campusSuperUser(Callers.newAccount()))
                .get("/campus/activities/comments/").status()).isEqualTo(200);

        assertThat(as(manager).putJson("/campus/activities/comments/" + commentId + "/", "{\"score\": 0}").status())
                .isEqualTo(403);
        JsonNode changed = as(stranger).putJson("/campus/activities/comments/" + commentId + "/",
                "{\"content\": \"改了\", \"score\": 0}").json();
        assertThat(changed.get("score").asDouble()).isZero();
        assertThat(changed.get("content").asString()).isEqualTo("改了");
        assertThat(as(stranger).putJson("/campus/activities/comments/999999999/", "{\"score\": 1}").status())
                .isEqualTo(404);
        assertThat(as(fixtures.person("他人")).delete("/campus/activities/comments/" + commentId + "/").status())
                .isEqualTo(403);
        assertThat(as(manager).delete("/campus/activities/comments/" + commentId + "/").status()).isEqualTo(204);
        assertThat(as(manager).delete("/campus/activities/comments/" + commentId + "/").status()).isEqualTo(404);
    }

    @Test
    void categoriesAndAddressesAreUniqueAndOnlySuperUsersChangeThem() {
        TestHttp superUser = TestHttp.at(port).withIdentity(Callers.campusSuperUser(Callers.newAccount()));
        String name = CampusFixtures.unique("晚会");
        Answer created = as(stranger).postJson("/campus/activities/categories/", "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(as(stranger).postJson("/campus/activities/categories/", "{\"name\": \"" + name + "\"}").json()
                .get("name").get(0).asString()).isEqualTo("具有 分类名称 的 category 已存在。");
        assertThat(as(stranger).putJson("/campus/activities/categories/" + id + "/", "{\"name\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(superUser.putJson("/campus/activities/categories/" + id + "/", "{\"name\": \"" + name + "\"}")
                .json().get("category").get(0).asString()).isEqualTo("分类名称重复");
        String renamed = CampusFixtures.unique("分类");
        assertThat(superUser.putJson("/campus/activities/categories/" + id + "/", "{\"name\": \"" + renamed + "\"}")
                .json().get("name").asString()).isEqualTo(renamed);
        assertThat(as(stranger).get("/campus/activities/categories/").body()).contains(renamed);
        assertThat(superUser.delete("/campus/activities/categories/" + id + "/").status()).isEqualTo(204);
        assertThat(superUser.delete("/campus/activities/categories/" + id + "/").status()).isEqualTo(404);

        String place = CampusFixtures.unique("篮球场");
        Answer address = as(stranger).postJson("/campus/activities/addresses/",
                "{\"name\": \"" + place + "\", \"longitude\": \"123.123\", \"latitude\": 39.5}");
        assertThat(address.status()).as(address.body()).isEqualTo(201);
        assertThat(address.json().get("longitude").asString()).isEqualTo("123.123000");
        assertThat(address.json().get("latitude").asString()).isEqualTo("39.500000");
        assertThat(as(stranger).postJson("/campus/activities/addresses/",
                "{\"name\": \"" + place + "\", \"longitude\": \"1\", \"latitude\": \"1\"}").json().get("name").get(0)
                .asString()).isEqualTo("具有 地址名称 的 address 已存在。");
        assertThat(as(stranger).postJson("/campus/activities/addresses/",
                "{\"name\": \"x\", \"longitude\": \"east\", \"latitude\": \"1.1234567\"}").json().size()).isEqualTo(2);
        long addressId = address.json().get("id").asLong();
        assertThat(as(stranger).delete("/campus/activities/addresses/" + addressId + "/").status()).isEqualTo(403);
        assertThat(superUser.delete("/campus/activities/addresses/" + addressId + "/").status()).isEqualTo(204);
        assertThat(superUser.delete("/campus/activities/addresses/" + addressId + "/").status()).isEqualTo(404);
    }

    @Test
    void deletingACategoryOrAnAddressDeletesItsActivitiesAsTheOriginalsCascadeDid() {
        TestHttp superUser = TestHttp.at(port).withIdentity(Callers.campusSuperUser(Callers.newAccount()));
        long id = create(owner, activity(CampusFixtures.unique("随分类"), owner, null, personalBlock, 5, false));
        long other = create(owner, activity(CampusFixtures.unique("随地址"), owner, null, personalBlock, 5, false)
                .replace("\"type\": " + category, "\"type\": null"));
        assertThat(superUser.delete("/campus/activities/categories/" + category + "/").status()).isEqualTo(204);
        assertThat(as(owner).get("/campus/activities/" + id + "/").status()).isEqualTo(404);
        assertThat(as(owner).get("/campus/activities/" + other + "/").status()).isEqualTo(200);
        assertThat(superUser.delete("/campus/activities/addresses/" + address + "/").status()).isEqualTo(204);
        assertThat(as(owner).get("/campus/activities/" + other + "/").status()).isEqualTo(404);
    }

    private static List<Long> ids(Answer list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.json().forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    private static List<Integer> inParallel(List<Long> accounts, java.util.function.LongFunction<Integer> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (long account : accounts) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return call.apply(account);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> outcome : outcomes) {
            statuses.add(outcome.get());
        }
        pool.shutdown();
        return statuses;
    }
}
