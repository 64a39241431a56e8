package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static com.communitysuite.launcher.e2e.CampusActivities.address;
import static com.communitysuite.launcher.e2e.CampusActivities.apiKey;
import static com.communitysuite.launcher.e2e.CampusActivities.at;
import static com.communitysuite.launcher.e2e.CampusActivities.body;
import static com.communitysuite.launcher.e2e.CampusActivities.organization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.e2e.CampusActivities.Organization;
import com.communitysuite.launcher.conformance.Covers;

import tools.jackson.databind.JsonNode;

/**
 * activity-service's campus surface and wx H5 pages through the gateway: an organization approved in
 * club-room-service reaches activity-service through events, its owner releases activities there, users join,
 * comment and get recommendations; an organization's wx key reaches its own activities only.
 */
@ExtendWith(RunningSuite.class)
class Activity2IT {

    @Test
    @Covers({ "campus GET /campus/activities/categories/", "campus POST /campus/activities/categories/",
            "campus PUT /campus/activities/categories/{id}/", "campus DELETE /campus/activities/categories/{id}/",
            "campus GET /campus/activities/addresses/", "campus POST /campus/activities/addresses/",
            "campus DELETE /campus/activities/addresses/{id}/" })
    void categoriesAndAddressesAreUniqueAndChangedBySuperUsers(Suite suite) {
        CampusUser admin = suite.campusAdmin();
        CampusUser user = suite.newCampusUser();
        String name = "分类" + Suite.unique();
        Gateway.Answer created = user.post("/campus/activities/categories/", "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(user.post("/campus/activities/categories/", "{\"name\": \"" + name + "\"}").json().get("name")
                .get(0).asString()).isEqualTo("具有 分类名称 的 category 已存在。");
        assertThat(user.get("/campus/activities/categories/").body()).contains(name);
        assertThat(user.put("/campus/activities/categories/" + id + "/", "{\"name\": \"x\"}").status()).isEqualTo(403);
        assertThat(admin.put("/campus/activities/categories/" + id + "/", "{\"name\": \"改" + name + "\"}").json()
                .get("name").asString()).isEqualTo("改" + name);
        assertThat(admin.delete("/campus/activities/categories/" + id + "/").status()).isEqualTo(204);
        assertThat(admin.delete("/campus/activities/categories/" + id + "/").status()).isEqualTo(404);

        String place = "球场" + Suite.unique();
        Gateway.Answer address = user.post("/campus/activities/addresses/",
                "{\"name\": \"" + place + "\", \"longitude\": \"123.123\", \"latitude\": \"39.9\"}");
        assertThat(address.status()).as(address.toString()).isEqualTo(201);
        assertThat(address.json().get("longitude").asString()).isEqualTo("123.123000");
        assertThat(user.get("/campus/activities/addresses/").body()).contains(place);
        assertThat(user.post("/campus/activities/addresses/", "{\"name\": \"x\", \"longitude\": \"east\"}").status())
                .isEqualTo(400);
        long addressId = address.json().get("id").asLong();
        assertThat(user.delete("/campus/activities/addresses/" + addressId + "/").status()).isEqualTo(403);
        assertThat(admin.delete("/campus/activities/addresses/" + addressId + "/").status()).isEqualTo(204);
    }

    @Test
    @Covers({ "campus POST /campus/activities/", "campus GET /campus/activities/{id}/", "campus GET /campus/activities/",
            "campus PUT /campus/activities/{id}/", "campus DELETE /campus/activities/{id}/",
            "campus GET /campus/organizations/activities/{org_id}/",
            "campus GET /campus/organizations/activities/unstart/{org_id}/",
            "campus GET /campus/organizations/activities/cur/{org_id}/",
            "campus GET /campus/organizations/activities/end/{org_id}/",
            "campus GET /campus/users/released_activities/{user_id}/",
            "campus GET /campus/users/released_activities/unstart/{user_id}/",
            "campus GET /campus/users/released_activities/cur/{user_id}/",
            "campus GET /campus/users/released_activities/end/{user_id}/",
            "campus GET /campus/blocks/activities/{block_id}/", "campus GET /campus/blocks/activities/unstart/{block_id}/",
            "campus GET /campus/blocks/activities/cur/{block_id}/", "campus GET /campus/blocks/activities/end/{block_id}/",
            "campus POST /campus/userActRelation/", "campus GET /campus/users/followed_organizations/activities/{user_id}/" })
    void anOrganizationsOwnerReleasesChangesAndDeletesActivitiesListedByWindow(Suite suite) {
        Organization org = organization(suite);
        CampusUser owner = org.owner();
        CampusUser user = suite.newCampusUser();
        long address = address(suite);
        String name = "外拍" + Suite.unique();
        long id = release(owner, org, name, address, Duration.ofDays(1), Duration.ofDays(2), 10);
        long soon = release(owner, org, "马上" + Suite.unique(), address, Duration.ofSeconds(3), Duration.ofDays(1), 10);
        long brief = release(owner, org, "短暂" + Suite.unique(), address, Duration.ofSeconds(3), Duration.ofSeconds(5),
                10);

        assertThat(user.post("/campus/activities/", body("冒名" + Suite.unique(), user.id(), org, address,
                Duration.ofDays(1), Duration.ofDays(2), 5)).status()).isEqualTo(403);
        assertThat(owner.post("/campus/activities/", body(name, owner.id(), org, address, Duration.ofDays(1),
                Duration.ofDays(2), 5)).json().get("name").get(0).asString()).isEqualTo("具有 活动名称 的 activity 已存在。");
        Gateway.Answer missing = owner.post("/campus/activities/", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("begin_time").get(0).asString()).isEqualTo("该字段是必填项。");

        JsonNode detail = user.get("/campus/activities/" + id + "/").json();
        assertThat(detail.get("owner").get("id").asLong()).isEqualTo(owner.id());
        assertThat(detail.get("org").get("id").asLong()).isEqualTo(org.id());
        assertThat(detail.get("block").get("id").asLong()).isEqualTo(org.blockId());
        assertThat(detail.get("location").get("id").asLong()).isEqualTo(address);
        assertThat(ids(user.get("/campus/activities/"))).contains(id);
        assertThat(ids(user.get("/campus/organizations/activities/" + org.id() + "/"))).containsExactly(id, soon, brief);
        assertThat(ids(user.get("/campus/organizations/activities/unstart/" + org.id() + "/"))).contains(id);
        assertThat(ids(user.get("/campus/blocks/activities/" + org.blockId() + "/"))).contains(id);
        assertThat(ids(owner.get("/campus/users/released_activities/" + owner.id() + "/"))).contains(id);
        assertThat(ids(owner.get("/campus/users/released_activities/unstart/" + owner.id() + "/"))).contains(id);
        assertThat(user.get("/campus/users/released_activities/" + owner.id() + "/").status()).isEqualTo(403);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(ids(user.get("/campus/organizations/activities/cur/" + org.id() + "/"))).contains(soon);
            assertThat(ids(user.get("/campus/organizations/activities/end/" + org.id() + "/"))).containsExactly(brief);
        });
        assertThat(ids(user.get("/campus/blocks/activities/unstart/" + org.blockId() + "/"))).contains(id)
                .doesNotContain(brief);
        assertThat(ids(user.get("/campus/blocks/activities/cur/" + org.blockId() + "/"))).contains(soon);
        assertThat(ids(user.get("/campus/blocks/activities/end/" + org.blockId() + "/"))).contains(brief);
        assertThat(ids(owner.get("/campus/users/released_activities/cur/" + owner.id() + "/"))).contains(soon);
        assertThat(ids(owner.get("/campus/users/released_activities/end/" + owner.id() + "/"))).contains(brief);

        JsonNode relation = owner.post("/campus/userActRelation/", "{\"user\": " + owner.id() + ", \"act\": " + id + "}")
                .json();
        assertThat(relation.get("isOwner").asBoolean()).isTrue();
        assertThat(relation.get("isManager").asBoolean()).isTrue();
        assertThat(relation.get("underReview").asBoolean()).isFalse();

        Gateway.Answer followed = user.post("/campus/users/followed_organizations/",
                "{\"org\": " + org.id() + ", \"person\": " + user.id() + "}");
        assertThat(followed.status()).as(followed.toString()).isEqualTo(201);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(ids(user.get("/campus/users/followed_organizations/activities/" + user.id() + "/")))
                        .containsExactly(brief, soon, id));

        String change = """
                {"name": "%s", "begin_time": "%s", "end_time": "%s", "contain": 20, "description": "改过了",
                 "location": %d}""".formatted("改" + name, at(Duration.ofDays(1)), at(Duration.ofDays(3)), address);
        assertThat(user.put("/campus/activities/" + id + "/", change).status()).isEqualTo(403);
        Gateway.Answer changed = owner.put("/campus/activities/" + id + "/", change);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("contain").asInt()).isEqualTo(20);
        assertThat(user.delete("/campus/activities/" + id + "/").status()).isEqualTo(403);
        assertThat(owner.delete("/campus/activities/" + id + "/").status()).isEqualTo(204);
        assertThat(user.get("/campus/activities/" + id + "/").status()).isEqualTo(404);
    }

    @Test
    @Covers({ "campus POST /campus/activities/participants/", "campus DELETE /campus/activities/participants/",
            "campus GET /campus/user/joined_acts/{id}/", "campus GET /campus/user/joined_acts/unstart/{id}/",
            "campus GET /campus/user/joined_acts/cur/{id}/", "campus GET /campus/user/joined_acts/end/{id}/",
            "campus GET /campus/activities/joined_numbers/{id}/", "campus POST /campus/activities/comments/",
            "campus GET /campus/activities/comments/{id}/", "campus GET /campus/activities/comments/",
            "campus GET /campus/activities/{act_id}/comments/", "campus PUT /campus/activities/comments/{id}/",
            "campus DELETE /campus/activities/comments/{id}/",
            "campus GET /campus/activities/{act_id}/users/{user_id}/comments/",
            "campus GET /campus/recommended/activities/{user_id}" })
    void usersJoinWithinCapacityCommentOnceAndGetRecommendations(Suite suite) {
        Organization org = organization(suite);
        CampusUser owner = org.owner();
        CampusUser first = suite.newCampusUser();
        CampusUser second = suite.newCampusUser();
        long address = address(suite);
        long id = release(owner, org, "讲座" + Suite.unique(), address, Duration.ofDays(1), Duration.ofDays(2), 1);
        long other = release(owner, org, "推荐" + Suite.unique(), address, Duration.ofDays(1), Duration.ofDays(2), 5);

        Gateway.Answer joined = first.post("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + first.id() + "}");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(first.post("/campus/activities/participants/", "{\"act\": " + id + ", \"person\": " + first.id() + "}")
                .json().get("detail").get(0).asString()).isEqualTo("不可重复加入活动。");
        Gateway.Answer full = second.post("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + second.id() + "}");
        assertThat(full.status()).isEqualTo(400);
        assertThat(full.json().get("detail").asString()).isEqualTo("活动人数已满。");
        assertThat(second.get("/campus/activities/joined_numbers/" + id + "/").json().get("number").asInt()).isEqualTo(1);
        assertThat(first.get("/campus/user/joined_acts/" + first.id() + "/").json().get(0).get("act").get("id")
                .asLong()).isEqualTo(id);
        assertThat(first.get("/campus/user/joined_acts/unstart/" + first.id() + "/").json().get(0).get("act").get("id")
                .asLong()).isEqualTo(id);
        assertThat(first.get("/campus/user/joined_acts/cur/" + first.id() + "/").json()).isEmpty();
        assertThat(first.get("/campus/user/joined_acts/end/" + first.id() + "/").json()).isEmpty();
        assertThat(second.get("/campus/user/joined_acts/" + first.id() + "/").status()).isEqualTo(403);

        Gateway.Answer comment = first.post("/campus/activities/comments/",
                "{\"content\": \"很好\", \"score\": 4.5, \"act\": " + id + ", \"user\": " + first.id() + "}");
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        long commentId = comment.json().get("id").asLong();
        assertThat(second.post("/campus/activities/comments/",
                "{\"score\": 3, \"act\": " + id + ", \"user\": " + second.id() + "}").status()).isEqualTo(403);
        assertThat(second.get("/campus/activities/comments/" + commentId + "/").json().get("score").asDouble())
                .isEqualTo(4.5);
        assertThat(suite.campusAdmin().get("/campus/activities/comments/").status()).isEqualTo(200);
        assertThat(second.get("/campus/activities/comments/").status()).isEqualTo(403);
        assertThat(second.get("/campus/activities/" + id + "/comments/").json()).hasSize(1);
        assertThat(second.get("/campus/activities/" + id + "/users/" + first.id() + "/comments/").json().get("id")
                .asLong()).isEqualTo(commentId);
        Gateway.Answer none = second.get("/campus/activities/" + id + "/users/" + second.id() + "/comments/");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("id").asInt()).isEqualTo(-1);
        assertThat(first.put("/campus/activities/comments/" + commentId + "/", "{\"score\": 5}").json().get("score")
                .asDouble()).isEqualTo(5.0);
        assertThat(second.delete("/campus/activities/comments/" + commentId + "/").status()).isEqualTo(403);
        assertThat(owner.delete("/campus/activities/comments/" + commentId + "/").status()).isEqualTo(204);

        assertThat(owner.delete("/campus/activities/participants/?person=" + first.id() + "&act=" + id).status())
                .isEqualTo(204);
        assertThat(second.post("/campus/activities/participants/",
                "{\"act\": " + id + ", \"person\": " + second.id() + "}").status()).isEqualTo(201);

        Gateway.Answer recommended = second.get("/campus/recommended/activities/" + second.id());
        assertThat(recommended.status()).as(recommended.toString()).isEqualTo(200);
        assertThat(ids(recommended)).contains(other).doesNotContain(id);
        assertThat(first.get("/campus/recommended/activities/" + second.id()).status()).isEqualTo(403);
    }

    @Test
    @Covers({ "campus GET /campus/recommended/organizations/{user_id}" })
    void recommendedOrganizationsComeFromTheActivityRecommender(Suite suite) {
        Organization org = organization(suite);
        long address = address(suite);
        release(org.owner(), org, "组织推荐" + Suite.unique(), address, Duration.ofDays(1), Duration.ofDays(2), 5);
        CampusUser user = suite.newCampusUser();
        Gateway.Answer organizations = user.get("/campus/recommended/organizations/" + user.id());
        assertThat(organizations.status()).as(organizations.toString()).isEqualTo(200);
        assertThat(ids(organizations)).contains(org.id());
    }

    @Test
    @Covers({ "wx GET /activitys_for_wx/{id}/wx/auth_meeting", "wx GET /activitys_for_wx/{id}/wx/collect_info",
            "wx GET /activitys_for_wx/{id}/wx/hasJoin/{member_id}", "wx POST /activitys_for_wx/{id}/wx/userInfo",
            "wx POST /activitys_for_wx/{id}/exist", "wx GET /activitys_for_wx/{id}",
            "wx POST /activitys_for_wx/course/{course_id}/signinInfo" })
    void anOrganizationsKeyReachesOnlyItsOwnActivitiesPages(Suite suite) {
        Organization org = organization(suite);
        Organization otherOrg = organization(suite);
        long address = address(suite);
        long id = release(org.owner(), org, "互动" + Suite.unique(), address, Duration.ofDays(1), Duration.ofDays(2), 5);
        long foreign = release(otherOrg.owner(), otherOrg, "别家" + Suite.unique(), address, Duration.ofDays(1),
                Duration.ofDays(2), 5);
        String key = apiKey(suite, org.id());
        String auth = "?access_type=org&access_token=" + key;

        JsonNode info = suite.gateway().get("/api/v3/activitys_for_wx/" + id + auth).json();
        assertThat(info.get("code").asInt()).as(info.toString()).isZero();
        assertThat(info.get("data").get("activity_id").asString()).isEqualTo(Long.toString(id));
        assertThat(suite.gateway().get("/activitys_for_wx/" + id + "/wx/auth_meeting" + auth).json().get("data")
                .asLong()).isZero();
        assertThat(suite.gateway().get("/activitys_for_wx/" + id + "/wx/collect_info" + auth).json().get("code")
                .asInt()).isZero();
        assertThat(suite.gateway().get("/activitys_for_wx/" + id + "/wx/hasJoin/m-1" + auth).json().get("data")
                .asInt()).isZero();
        Gateway.Answer submitted = suite.gateway().post("/api/v3/activitys_for_wx/" + id + "/wx/userInfo" + auth,
                "{\"member_id\": \"m-1\", \"member_icon\": \"https://example.org/i.png\", \"member_nickname\": \"小明\"}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("data").asString()).isEqualTo("m-1");
        assertThat(suite.gateway().get("/activitys_for_wx/" + id + "/wx/hasJoin/m-1" + auth).json().get("data")
                .asInt()).isEqualTo(1);
        assertThat(suite.gateway().post("/activitys_for_wx/" + id + "/exist" + auth, "").json().get("data")
                .asBoolean()).isTrue();

        Gateway.Answer refused = suite.gateway().get("/activitys_for_wx/" + foreign + auth);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asInt()).isEqualTo(1);
        assertThat(suite.gateway().post("/activitys_for_wx/" + foreign + "/exist" + auth, "").json().get("data")
                .asBoolean()).isFalse();
        Gateway.Answer noCourse = suite.gateway().post("/activitys_for_wx/course/no-such-course/signinInfo" + auth,
                "{\"member_id\": \"m-1\"}");
        assertThat(noCourse.json().get("code").asInt()).as(noCourse.toString()).isEqualTo(1);

        CampusUser user = suite.newCampusUser();
        JsonNode asUser = suite.gateway().get("/activitys_for_wx/" + foreign + "?access_type=user&access_token="
                + user.token()).json();
        assertThat(asUser.get("code").asInt()).as(asUser.toString()).isZero();
    }

    /** Releases an activity once the organization has reached activity-service through club-room-service's events. */
    private static long release(CampusUser owner, Organization org, String name, long address, Duration begin,
            Duration end, int contain) {
        long[] id = new long[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Gateway.Answer created = owner.post("/campus/activities/", body(name, owner.id(), org, address, begin, end,
                    contain));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            id[0] = created.json().get("id").asLong();
        });
        return id[0];
    }

    private static List<Long> ids(Gateway.Answer list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.json().forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
