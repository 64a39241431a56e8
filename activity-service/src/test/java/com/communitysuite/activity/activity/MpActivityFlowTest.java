package com.communitysuite.activity.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.activity.ActivityServiceTest;
import com.communitysuite.activity.Callers;
import com.communitysuite.activity.TopicReader;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/** The mini-program's activities end to end in the service: drafts, review, publication, take-down, collections. */
@ActivityServiceTest
class MpActivityFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    final long sponsor = Callers.newAccount();
    final long otherSponsor = Callers.newAccount();
    final long admin = Callers.newAccount();
    final long user = Callers.newAccount();

    TestHttp as(String identity) {
        return TestHttp.at(port).withIdentity(identity);
    }

    TestHttp sponsor() {
        return as(Callers.mp(sponsor, 2));
    }

    TestHttp admin() {
        return as(Callers.mp(admin, 3));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    String body(String title, int startInDays, int endInDays) {
        return """
                {"title": "%s", "start_date": "%s", "end_date": "%s", "activity_category": 2, "activity_type": 3,
                 "address": "北京市海淀区", "detail_address": "中关村大街1号", "longitude": 116.31234, "latitude": "39.98765",
                 "register_url": "https://example.org/register", "online_url": "https://example.org/live",
                 "synopsis": "欢迎参加", "poster": 1,
                 "schedules": [[{"start": "09:00", "end": "10:00", "topic": "开场", "speakerList": [{"name": "张三"}]}]]}
                """.formatted(title, today().plusDays(startInDays), today().plusDays(endInDays));
    }

    long create(String title, boolean publish) {
        Answer created = sponsor().postJson("/mp/activity/" + (publish ? "?publish=true" : ""), body(title, 1, 2));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("id").asLong();
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSubmittedActivityIsReviewedApprovedWithItsCodeAndThenPublic() throws Exception {
        String title = unique("review-");
        long id = create(title, true);

        assertThat(ids(sponsor().get("/mp/mywaitingactivities/?size=50"))).contains(id);
        assertThat(ids(admin().get("/mp/waitingactivities/?size=50"))).contains(id);
        Answer waiting = admin().get("/mp/waitingactivity/" + id + "/");
        assertThat(waiting.json().get("status").asInt()).isEqualTo(2);
        assertThat(as(Callers.anonymousMp()).get("/mp/activity/" + id + "/").status()).isEqualTo(404);

        Answer approved = admin().putJson("/mp/activity/action/approve/" + id + "/", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("msg").asString()).isEqualTo("The event has been reviewed and published");

        JsonNode detail = as(Callers.anonymousMp()).get("/mp/activity/" + id + "/").json();
        assertThat(detail.get("status").asInt()).isEqualTo(3);
        assertThat(detail.get("collection_id").isNull()).isTrue();
        assertThat(detail.get("wx_code").asString()).isEqualTo("http://objects.test/activity/" + id + "/wx_code.png");
        assertThat(Files.size(Path.of("target/test-objects/activity/" + id + "/wx_code.png"))).isPositive();
        assertThat(detail.get("longitude").asString()).isEqualTo("116.31234");
        assertThat(ids(as(Callers.anonymousMp()).get("/mp/activities/?search=" + title))).containsExactly(id);
        assertThat(ids(sponsor().get("/mp/mypublishedactivities/?size=50"))).contains(id);
        assertThat(admin().putJson("/mp/activity/action/approve/" + id + "/", "").json().get("detail").asString())
                .isEqualTo("信息发生变化，请刷新后重试");

        List<JsonNode> events = TopicReader.awaitTypes(kafka, Long.toString(id), "activity.submitted",
                "activity.approved");
        JsonNode approval = events.stream().filter(e -> e.get("type").asString().equals("activity.approved"))
                .findFirst().orElseThrow();
        assertThat(approval.get("data").get("ownerAccountId").asLong()).isEqualTo(sponsor);
        assertThat(approval.get("data").get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(approval.get("actorId").asString()).isEqualTo(Long.toString(admin));
    }

    @Test
    void aDeniedActivityIsADraftAgainThatCanBeRevisedAndResubmitted() {
        long id = create(unique("驳回"), true);

        assertThat(admin().putJson("/mp/activity/action/deny/" + id, "").status()).isEqualTo(200);
        assertThat(ids(sponsor().get("/mp/drafts/?size=50"))).contains(id);
        assertThat(sponsor().get("/mp/draft/" + id + "/").json().get("status").asInt()).isEqualTo(1);

        Answer revised = sponsor().putJson("/mp/draftupdate/" + id + "/?publish=true", body("改过的标题", 2, 3));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("msg").asString()).isEqualTo("Edit and save draft event");
        JsonNode waiting = admin().get("/mp/waitingactivity/" + id).json();
        assertThat(waiting.get("title").asString()).isEqualTo("改过的标题");
        assertThat(waiting.get("start_date").asString()).isEqualTo(today().plusDays(2).toString());
        assertThat(sponsor().putJson("/mp/draftupdate/" + id + "/", body("again", 2, 3)).json().get("detail")
                .asString()).as("no longer a draft").isEqualTo("信息发生变化，请刷新后重试");
    }

    @Test
    void aDraftIsTheOwnersAloneAndCanBeDeleted() {
        long id = create(unique("草稿"), false);

        assertThat(as(Callers.mp(otherSponsor, 2)).get("/mp/draft/" + id + "/").status()).isEqualTo(404);
        assertThat(as(Callers.mp(otherSponsor, 2)).putJson("/mp/draftupdate/" + id + "/", body("x", 1, 2)).status())
                .isEqualTo(400);
        assertThat(sponsor().delete("/mp/draft/" + id + "/").status()).isEqualTo(200);
        assertThat(sponsor().get("/mp/draft/" + id + "/").status()).isEqualTo(404);
        assertThat(sponsor().delete("/mp/draft/" + id + "/").json().get("detail").asString()).isEqualTo("Not found.");
    }

    @Test
    void datesInThePastOrTooFarAheadAreRefusedWithTheOriginalsTexts() {
        Answer past = sponsor().postJson("/mp/activity/", body("过去", -1, 1));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("detail").asString()).isEqualTo("开始时间应大于当前时间");
        assertThat(past.json().get("start_date").get(0).asString()).isEqualTo("开始时间应大于当前时间");

        Answer today = sponsor().postJson("/mp/activity/", body("今天", 0, 1));
        assertThat(today.json().get("detail").asString()).isEqualTo("开始时间应大于当前时间");
        Answer tooLong = sponsor().postJson("/mp/activity/", body("太久", 1, 11));
        assertThat(tooLong.json().get("detail").asString()).isEqualTo("建议发布活动结束日期应该位于10天内");
        Answer wrongType = sponsor().postJson("/mp/activity/", body("类型", 1, 2).replace("\"activity_category\": 2",
                "\"activity_category\": \"2\""));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().has("activity_category")).isTrue();
        assertThat(sponsor().postJson("/mp/activity/", "not json").status()).isEqualTo(400);
        assertThat(as(Callers.mp(user, 1)).postJson("/mp/activity/", body("普通用户", 1, 2)).status()).isEqualTo(403);
    }

    @Test
    void theOwnerChangesAPublishedActivitysSchedulesAndLinksAndTakesItDown() {
        long id = publishedActivity(unique("已发布"));

        Answer foreign = as(Callers.mp(otherSponsor, 2)).putJson("/mp/activityupdate/" + id + "/",
                "{\"schedules\": \"[[]]\"}");
        assertThat(foreign.status()).isEqualTo(403);
        Answer badSchedules = sponsor().putJson("/mp/activityupdate/" + id + "/", "{\"schedules\": \"[[{}]]\"}");
        assertThat(badSchedules.status()).isEqualTo(400);
        Answer revised = sponsor().putJson("/mp/activityupdate/" + id + "/", """
                {"schedules": "[[{\\"start\\":\\"14:00\\",\\"end\\":\\"15:00\\",\\"topic\\":\\"下午\\",\\"speakerList\\":[]}]]",
                 "replay_url": "https://example.org/replay", "online_url": "https://example.org/live2"}""");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        JsonNode detail = sponsor().get("/mp/activity/" + id).json();
        assertThat(detail.get("replay_url").asString()).isEqualTo("https://example.org/replay");
        assertThat(detail.get("online_url").asString()).isEqualTo("https://example.org/live2");
        assertThat(detail.get("schedules").asString()).contains("下午");

        assertThat(as(Callers.mp(otherSponsor, 2)).putJson("/mp/activity/action/del/" + id + "/", "").status())
                .isEqualTo(403);
        Answer takenDown = sponsor().putJson("/mp/activity/action/del/" + id + "/", "");
        assertThat(takenDown.json().get("code").asInt()).isEqualTo(204);
        assertThat(sponsor().get("/mp/activity/" + id).status()).isEqualTo(404);
        assertThat(admin().putJson("/mp/activity/action/del/" + id + "/", "").json().get("detail").asString())
                .isEqualTo("信息发生变化，请刷新后重试");
        assertThat(sponsor().putJson("/mp/activityupdate/" + id + "/", "{\"schedules\": \"[[]]\"}").status())
                .isEqualTo(400);
    }

    @Test
    void anActivityAdminTakesDownAnyPublishedActivity() {
        long id = publishedActivity(unique("管理员下架"));
        assertThat(admin().putJson("/mp/activity/action/del/" + id, "").status()).isEqualTo(200);
        assertThat(as(Callers.anonymousMp()).get("/mp/activity/" + id).status()).isEqualTo(404);
    }

    @Test
    void collectingIsIdempotentPerCallerAndListed() {
        long id = publishedActivity(unique("收藏"));
        TestHttp me = as(Callers.mp(user, 1));

        long collection = me.postJson("/mp/activity/action/collect/", "{\"activity\": " + id + "}").json()
                .get("collection_id").asLong();
        assertThat(me.postJson("/mp/activity/action/collect/", "{\"activity\": " + id + "}").json()
                .get("collection_id").asLong()).isEqualTo(collection);
        assertThat(me.get("/mp/activity/" + id).json().get("collection_id").asLong()).isEqualTo(collection);
        assertThat(sponsor().get("/mp/activity/" + id).json().get("collection_id").isNull()).isTrue();
        JsonNode mine = me.get("/mp/activitycollections/").json();
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("data").get(0).get("collection_id").asLong()).isEqualTo(collection);

        assertThat(sponsor().delete("/mp/activity/action/collectdel/" + collection + "/").status()).isEqualTo(404);
        assertThat(me.delete("/mp/activity/action/collectdel/" + collection + "/").status()).isEqualTo(200);
        assertThat(me.get("/mp/activitycollections/").json().get("total").asLong()).isZero();
        long draft = create(unique("未发布"), false);
        assertThat(me.postJson("/mp/activity/action/collect/", "{\"activity\": " + draft + "}").json()
                .get("detail").asString()).isEqualTo("信息发生变化，请刷新后重试");
        assertThat(as(Callers.anonymousMp()).postJson("/mp/activity/action/collect/", "{\"activity\": " + id + "}")
                .status()).isEqualTo(403);
    }

    @Test
    void listsAndCountsFollowTheDatesOfTheDayTheyAreAskedOn() {
        String tag = unique("phase-");
        long early = publishedActivity(tag + "甲", 1, 1);
        long later = publishedActivity(tag + "乙", 3, 4);

        assertThat(ids(as(Callers.anonymousMp()).get("/mp/activities/?search=" + tag))).containsExactly(later, early);
        assertThat(ids(as(Callers.anonymousMp()).get("/mp/recentactivities/?size=50"))).contains(early, later);
        JsonNode counts = as(Callers.anonymousMp()).get("/mp/countactivities/?search=" + tag).json();
        assertThat(counts.get("all_activities_count").asLong()).isEqualTo(2);
        assertThat(counts.get("registering_activities_count").asLong()).isEqualTo(2);
        assertThat(counts.get("going_activities_count").asLong()).isZero();

        clock.advance(Duration.ofDays(2));
        counts = as(Callers.anonymousMp()).get("/mp/countactivities/?search=" + tag).json();
        assertThat(counts.get("registering_activities_count").asLong()).isEqualTo(1);
        assertThat(counts.get("completed_activities_count").asLong()).isEqualTo(1);
        assertThat(ids(as(Callers.anonymousMp()).get("/mp/activities/?activity_status=completed&search=" + tag)))
                .containsExactly(early);
        assertThat(as(Callers.anonymousMp()).get("/mp/activity/" + early).json().get("status").asInt()).isEqualTo(5);
        assertThat(ids(as(Callers.anonymousMp()).get("/mp/activities/?activity_category=1&search=" + tag))).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(as(Callers.anonymousMp()).get("/mp/activity/" + later).json().get("status").asInt()).isEqualTo(4);
        assertThat(ids(as(Callers.anonymousMp()).get("/mp/activities/?activity_status=going&search=" + tag)))
                .containsExactly(later);
    }

    private long publishedActivity(String title) {
        return publishedActivity(title, 1, 2);
    }

    private long publishedActivity(String title, int startInDays, int endInDays) {
        Answer created = sponsor().postJson("/mp/activity/?publish=true", body(title, startInDays, endInDays));
        long id = created.json().get("id").asLong();
        assertThat(admin().putJson("/mp/activity/action/approve/" + id + "/", "").status()).isEqualTo(200);
        return id;
    }

    private static List<Long> ids(Answer page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("data").valueStream().map(a -> a.get("id").asLong()).toList();
    }
}
