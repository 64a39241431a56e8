package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static com.communitysuite.launcher.e2e.MpActivities.activity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.Covers;

import tools.jackson.databind.JsonNode;

/**
 * activity-service through the gateway: the mini-program's review (a sponsor and an activity admin made with the
 * campus admin levels API), the public lists for anonymous callers, collections, and the request-code protocol's
 * create, publish, join until full and cancel.
 */
@ExtendWith(RunningSuite.class)
class ActivityIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    @Covers({ "mp POST /mp/activity/", "mp GET /mp/waitingactivities/", "mp PUT /mp/activity/action/approve/{pk}/",
            "mp GET /mp/activities/", "mp GET /mp/activity/{pk}/", "mp GET /mp/countactivities/",
            "mp POST /mp/activity/action/collect/", "mp GET /mp/activitycollections/",
            "mp DELETE /mp/activity/action/collectdel/{pk}/", "mp PUT /mp/activity/action/del/{pk}/" })
    void aSponsorsActivityIsApprovedByAnAdminAndThenPublicAndCollectable(Suite suite) {
        MpUser sponsor = withActivityLevel(suite, 2);
        MpUser admin = withActivityLevel(suite, 3);
        String title = "e2e-activity-" + Suite.unique();
        LocalDate tomorrow = LocalDate.now(BEIJING).plusDays(1);

        Gateway.Answer created = sponsor.post("/mp/activity/?publish=true", """
                {"title": "%s", "start_date": "%s", "end_date": "%s", "activity_category": 1, "activity_type": 2,
                 "register_url": "https://example.org/register", "online_url": "https://example.org/live",
                 "synopsis": "端到端", "poster": 1,
                 "schedules": [[{"start": "09:00", "end": "10:00", "topic": "开场", "speakerList": []}]]}
                """.formatted(title, tomorrow, tomorrow.plusDays(1)));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        long id = created.json().get("id").asLong();
        assertThat(ids(admin.get("/mp/waitingactivities/?size=50"))).contains(id);
        assertThat(sponsor.get("/mp/waitingactivities/").status()).as("a sponsor does not review").isEqualTo(403);

        Gateway.Answer approved = admin.put("/mp/activity/action/approve/" + id + "/", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("msg").asString()).isEqualTo("The event has been reviewed and published");

        Gateway.Answer anonymousList = suite.gateway().get("/mp/activities/?search=" + title);
        assertThat(anonymousList.status()).as(anonymousList.toString()).isEqualTo(200);
        assertThat(ids(anonymousList)).containsExactly(id);
        JsonNode detail = suite.gateway().get("/mp/activity/" + id + "/").json();
        assertThat(detail.get("status").asInt()).isEqualTo(3);
        assertThat(detail.get("wx_code").asString()).endsWith("/activity/" + id + "/wx_code.png");
        assertThat(suite.gateway().get("/mp/countactivities/?search=" + title).json().get("all_activities_count")
                .asLong()).isEqualTo(1);

        MpUser reader = suite.newMpUser();
        Gateway.Answer collected = reader.post("/mp/activity/action/collect/", "{\"activity\": " + id + "}");
        assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
        long collectionId = collected.json().get("collection_id").asLong();
        assertThat(reader.get("/mp/activity/" + id + "/").json().get("collection_id").asLong()).isEqualTo(collectionId);
        assertThat(ids(reader.get("/mp/activitycollections/"))).containsExactly(id);
        assertThat(reader.delete("/mp/activity/action/collectdel/" + collectionId + "/").status()).isEqualTo(200);

        assertThat(sponsor.put("/mp/activity/action/del/" + id + "/", null).json().get("code").asInt())
                .isEqualTo(204);
        assertThat(suite.gateway().get("/mp/activity/" + id + "/").status()).isEqualTo(404);
    }

    @Test
    @Covers({ "mp GET /mp/drafts/", "mp GET /mp/draft/{pk}/", "mp PUT /mp/draftupdate/{pk}/",
            "mp GET /mp/mywaitingactivities/", "mp GET /mp/waitingactivity/{pk}/", "mp PUT /mp/activity/action/deny/{pk}/",
            "mp DELETE /mp/draft/{pk}/", "mp GET /mp/mypublishedactivities/", "mp GET /mp/recentactivities/",
            "mp PUT /mp/activityupdate/{pk}/" })
    void aDraftIsRevisedSubmittedDeniedAndAPublishedOneUpdatedByItsOwner(Suite suite) {
        MpUser sponsor = withActivityLevel(suite, 2);
        MpUser admin = withActivityLevel(suite, 3);
        LocalDate tomorrow = LocalDate.now(BEIJING).plusDays(1);

        Gateway.Answer draft = sponsor.post("/mp/activity/", activity("e2e-draft-" + Suite.unique(), tomorrow));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        long id = draft.json().get("id").asLong();
        assertThat(ids(sponsor.get("/mp/drafts/"))).contains(id);
        assertThat(sponsor.get("/mp/draft/" + id + "/").json().get("status").asInt()).isEqualTo(1);
        Gateway.Answer submitted = sponsor.put("/mp/draftupdate/" + id + "/?publish=true",
                activity("e2e-revised-" + Suite.unique(), tomorrow.plusDays(1)));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(ids(sponsor.get("/mp/mywaitingactivities/"))).contains(id);
        assertThat(admin.get("/mp/waitingactivity/" + id + "/").json().get("start_date").asString())
                .isEqualTo(tomorrow.plusDays(1).toString());
        assertThat(admin.put("/mp/activity/action/deny/" + id + "/", null).json().get("msg").asString())
                .isEqualTo("Event application has been rejected");
        assertThat(sponsor.delete("/mp/draft/" + id + "/").status()).isEqualTo(200);
        assertThat(sponsor.get("/mp/draft/" + id + "/").status()).isEqualTo(404);

        long published = sponsor.post("/mp/activity/?publish=true", activity("e2e-live-" + Suite.unique(), tomorrow))
                .json().get("id").asLong();
        assertThat(admin.put("/mp/activity/action/approve/" + published + "/", null).status()).isEqualTo(200);
        assertThat(ids(sponsor.get("/mp/mypublishedactivities/?size=50"))).contains(published);
        assertThat(ids(suite.gateway().get("/mp/recentactivities/?size=50"))).contains(published);
        Gateway.Answer updated = sponsor.put("/mp/activityupdate/" + published + "/",
                "{\"schedules\": [[]], \"replay_url\": \"https://example.org/replay\"}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(suite.gateway().get("/mp/activity/" + published + "/").json().get("replay_url").asString())
                .isEqualTo("https://example.org/replay");
    }


    @Test
    @Covers({ "mp POST /mp/activity/", "mp GET /mp/activities/" })
    void badInputAndMissingRightsAreAnsweredInTheMpShape(Suite suite) {
        MpUser user = suite.newMpUser();
        Gateway.Answer notSponsor = user.post("/mp/activity/", "{}");
        assertThat(notSponsor.status()).isEqualTo(403);
        assertThat(notSponsor.json().has("detail")).isTrue();

        MpUser sponsor = withActivityLevel(suite, 2);
        Gateway.Answer past = sponsor.post("/mp/activity/", """
                {"title": "过去的活动", "start_date": "2020-01-01", "end_date": "2020-01-02", "activity_category": 1,
                 "activity_type": 2, "register_url": "https://example.org/r", "online_url": "https://example.org/o",
                 "poster": 1, "schedules": [[]]}""");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("detail").asString()).isEqualTo("开始时间应大于当前时间");
        assertThat(sponsor.post("/mp/activity/", "{\"title\": ").status()).isEqualTo(400);
        assertThat(suite.gateway().get("/mp/activities/?activity_category=x").status()).isEqualTo(400);
    }

    @Test
    @Covers({ "codes POST /activity/create#10301", "codes POST /activity/create#10302",
            "codes POST /activity/join#10305", "codes POST /activity/join#10306" })
    void theRequestCodesCreatePublishJoinUntilFullAndCancel(Suite suite) {
        AppUser owner = suite.newAppUser();
        String title = "徒步" + Suite.unique() % 100_000;

        Gateway.Answer created = codes(suite, owner, Map.of("type", "10301", "title", title,
                "images", List.of("cover.png")));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.json().get("code").asString()).isEqualTo("10313");
        assertThat(created.json().get("contents").get("image_token")).hasSize(1);
        long id = created.json().get("contents").get("acID").asLong();
        assertThat(codes(suite, owner, Map.of("type", "10301", "title", title, "images", List.of())).json()
                .get("code").asString()).isEqualTo("10312");

        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime start = LocalDateTime.now(BEIJING).plusDays(2).withNano(0);
        Gateway.Answer published = suite.gateway().post("/activity/create", Gateway.JSON.writeValueAsString(Map.ofEntries(
                Map.entry("type", "10302"), Map.entry("username", owner.phone()),
                Map.entry("auth_key", owner.accessToken()), Map.entry("acid", Long.toString(id)),
                Map.entry("actitle", title), Map.entry("tags", "户外|徒步"), Map.entry("startT", start.format(time)),
                Map.entry("endT", start.plusHours(6).format(time)), Map.entry("joinT", start.minusHours(12).format(time)),
                Map.entry("loaction", "香山公园东门"), Map.entry("free", "1"),
                Map.entry("content", "全程约十公里，请穿运动鞋，自带饮用水和午餐。"), Map.entry("maxp", "1"))));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("code").asString()).isEqualTo("10323");

        AppUser first = suite.newAppUser();
        AppUser second = suite.newAppUser();
        assertThat(join(suite, first, id, "10305").json().get("code").asString()).isEqualTo("10352");
        assertThat(join(suite, first, id, "10305").json().get("code").asString()).isEqualTo("10351");
        Gateway.Answer full = join(suite, second, id, "10305");
        assertThat(full.status()).isEqualTo(400);
        assertThat(full.json().get("code").asString()).isEqualTo("10353");
        assertThat(join(suite, first, id, "10306").json().get("code").asString()).isEqualTo("10361");
        assertThat(join(suite, first, id, "10306").json().get("code").asString()).isEqualTo("10362");
        assertThat(join(suite, second, id, "10305").json().get("code").asString()).isEqualTo("10352");

        Gateway.Answer badKey = suite.gateway().post("/activity/join", Gateway.JSON.writeValueAsString(Map.of(
                "type", "10305", "username", first.phone(), "auth_key", "not-the-key", "acid", Long.toString(id))));
        assertThat(badKey.status()).isEqualTo(401);
        assertThat(badKey.json().get("code").asString()).isEqualTo("10311");
    }

    /**
     * A new mp user given that activity level by the campus super user (user-service's admin levels API), once the
     * level has reached the identity the gateway hands over.
     */
    private static MpUser withActivityLevel(Suite suite, int activityLevel) {
        MpUser user = suite.newMpUser();
        Gateway.Answer granted = suite.campusAdmin().put("/campus/admin/users/" + user.userId() + "/levels",
                "{\"activity_level\": " + activityLevel + "}");
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        String probe = activityLevel >= 3 ? "/mp/waitingactivities/" : "/mp/drafts/";
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> user.get(probe).status() == 200);
        return user;
    }

    private static Gateway.Answer codes(Suite suite, AppUser user, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(fields);
        body.put("username", user.phone());
        body.put("auth_key", user.accessToken());
        return suite.gateway().post("/activity/create", Gateway.JSON.writeValueAsString(body));
    }

    private static Gateway.Answer join(Suite suite, AppUser user, long activityId, String type) {
        return suite.gateway().post("/activity/join", Gateway.JSON.writeValueAsString(Map.of("type", type,
                "username", user.phone(), "auth_key", user.accessToken(), "acid", Long.toString(activityId),
                "registerid", user.phone())));
    }

    private static List<Long> ids(Gateway.Answer page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("data").valueStream().map(a -> a.get("id").asLong()).toList();
    }
}
