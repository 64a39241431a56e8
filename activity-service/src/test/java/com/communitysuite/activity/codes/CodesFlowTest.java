package com.communitysuite.activity.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

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

/** The request-code protocol in the service: create with images, publish, join, cancel, and every refusal's code. */
@ActivityServiceTest
class CodesFlowTest {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    final long owner = Callers.newAccount();

    TestHttp as(long account) {
        return TestHttp.at(port).withIdentity(Callers.codes(account));
    }

    String at(Duration fromNow) {
        return LocalDateTime.ofInstant(clock.instant().plus(fromNow), ZoneId.of("Asia/Shanghai")).format(TIME);
    }

    long create(String title) {
        Answer created = as(owner).postJson("/activity/create", """
                {"type": "10301", "username": "13900000000", "auth_key": "k", "title": "%s", "images": ["a.png", "b.jpeg"]}
                """.formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().get("code").asString()).isEqualTo("10313");
        assertThat(created.json().get("contents").get("image_token")).hasSize(2);
        return created.json().get("contents").get("acID").asLong();
    }

    String details(long id, String maxp) {
        return """
                {"type": "10302", "acid": "%d", "auth_key": "k", "actitle": "周末徒步", "tags": "户外|徒步",
                 "startT": "%s", "endT": "%s", "joinT": "%s", "loaction": "香山公园东门", "free": "1",
                 "content": "全程约十公里，请穿运动鞋，自带饮用水和午餐。", "maxp": "%s", "minp": "1"}
                """.formatted(id, at(Duration.ofDays(2)), at(Duration.ofDays(2).plusHours(8)), at(Duration.ofDays(1)),
                maxp);
    }

    @Test
    void anActivityIsCreatedPublishedJoinedUntilFullAndLeft() {
        long id = create("徒步" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(jdbc.queryForObject("SELECT array_length(images, 1) FROM activity WHERE id = ?", Integer.class, id))
                .isEqualTo(2);

        Answer published = as(owner).postJson("/activity/create", details(id, "2"));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("code").asString()).isEqualTo("10323");
        assertThat(as(owner).postJson("/activity/create", details(id, "2")).json().get("code").asString())
                .as("published already").isEqualTo("10322");

        long first = Callers.newAccount();
        long second = Callers.newAccount();
        long third = Callers.newAccount();
        assertThat(join(first, id, "10305").json().get("code").asString()).isEqualTo("10352");
        assertThat(join(first, id, "10305").json().get("code").asString()).isEqualTo("10351");
        Answer secondJoin = join(second, id, "10305");
        assertThat(secondJoin.json().get("code").asString()).isEqualTo("10352");
        assertThat(secondJoin.json().get("contents").get("joined").asInt()).isEqualTo(2);
        Answer full = join(third, id, "10305");
        assertThat(full.status()).isEqualTo(400);
        assertThat(full.json().get("code").asString()).isEqualTo("10353");

        assertThat(join(first, id, "10306").json().get("code").asString()).isEqualTo("10361");
        assertThat(join(first, id, "10306").json().get("code").asString()).isEqualTo("10362");
        assertThat(join(third, id, "10305").json().get("code").asString()).as("a place came free").isEqualTo("10352");
        assertThat(jdbc.queryForObject("SELECT joined FROM activity WHERE id = ?", Integer.class, id)).isEqualTo(2);
    }

    @Test
    void aSecondActivityOfTheSameTitleIs10312() {
        String title = "重名" + UUID.randomUUID().toString().substring(0, 6);
        create(title);
        Answer again = as(owner).postJson("/activity/join", "{\"type\":\"10301\",\"title\":\"" + title
                + "\",\"images\":[]}");
        assertThat(again.json().get("code").asString()).isEqualTo("10312");
        assertThat(as(Callers.newAccount()).postJson("/activity/join", "{\"type\":\"10301\",\"title\":\"" + title
                + "\",\"images\":[]}").json().get("code").asString()).as("another user's title").isEqualTo("10313");
    }

    @Test
    void onlyTheOwnerPublishesAndDetailsInThePastAreRefused() {
        long id = create("别人的" + UUID.randomUUID().toString().substring(0, 6));

        Answer foreign = as(Callers.newAccount()).postJson("/activity/create", details(id, "5"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("code").asString()).isEqualTo("10321");
        assertThat(as(owner).postJson("/activity/create", details(987654321L, "5")).json().get("code").asString())
                .isEqualTo("10321");

        String past = details(id, "5").replace(at(Duration.ofDays(2)), at(Duration.ofDays(-2)));
        Answer refused = as(owner).postJson("/activity/create", past);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asString()).isEqualTo("10322");
        assertThat(refused.json().get("contents").get("errors").has("startT")).isTrue();
        JsonNode tooLong = as(owner).postJson("/activity/create", details(id, "5").replace("周末徒步",
                "题".repeat(25))).json();
        assertThat(tooLong.get("contents").get("errors").has("actitle")).isTrue();
    }

    @Test
    void aDraftOrAnUnknownActivityCannotBeJoined() {
        long id = create("草稿" + UUID.randomUUID().toString().substring(0, 6));
        Answer draft = join(Callers.newAccount(), id, "10305");
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.json().get("code").asString()).isEqualTo("10359");
        assertThat(join(Callers.newAccount(), 987654321L, "10305").json().get("code").asString()).isEqualTo("10359");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participant WHERE activity_id = ?", Long.class, id))
                .isZero();
    }

    private Answer join(long account, long activityId, String type) {
        return as(account).postJson("/activity/join", "{\"type\":\"" + type + "\",\"acid\":\"" + activityId
                + "\",\"registerid\":\"" + account + "\"}");
    }
}
