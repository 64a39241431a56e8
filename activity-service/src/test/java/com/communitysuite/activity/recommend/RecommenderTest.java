package com.communitysuite.activity.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.activity.ActivityServiceTest;
import com.communitysuite.activity.Callers;
import com.communitysuite.activity.campus.CampusFixtures;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;

import tools.jackson.databind.JsonNode;

/**
 * The recommender on a fixture whose order is computed by hand. The user joined two activities of category C1,
 * with keywords {摄影, 户外} and {摄影}: the portrait is C1 x2, 摄影 x2, 户外 x1. Candidates:
 * <ul>
 * <li>A (C1, 摄影 户外): 4x2 + 10x(2+1) = 38</li>
 * <li>B (C2, 摄影): 10x2 = 20</li>
 * <li>C (C1): 4x2 = 8</li>
 * <li>D (C2, 3 participants, ratings 4 and 0): 0.01 x ln 3 x e^4 = 0.5998</li>
 * <li>"1" and "2" (C2, nobody): 0, by name</li>
 * <li>full, ended and joined ones: not recommended</li>
 * </ul>
 * Organizations: A and C are O1's, B is O2's: O1 (2) before O2 (1).
 */
@ActivityServiceTest
class RecommenderTest {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    CampusFixtures fixtures;
    long block;
    long address;
    long owner;

    TestHttp as(long accountId) {
        return TestHttp.at(port).withIdentity(Callers.campus(accountId));
    }

    long activity(String name, long category, Long organization, int contain, String... keywords) {
        String body = """
                {"name": "%s", "begin_time": "%s", "end_time": "%s", "contain": %d, "review": false, "owner": %d,
                 "type": %d, "org": %s, "location": %d, "block": %d}
                """.formatted(name, at(Duration.ofDays(1)), at(Duration.ofDays(2)), contain, owner, category,
                organization == null ? "null" : organization.toString(), address, block);
        Answer created = TestHttp.at(port).withIdentity(Callers.campusSuperUser(owner))
                .postJson("/campus/activities/", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        jdbc.update("UPDATE activity SET keywords = ? WHERE id = ?", keywords, id);
        return id;
    }

    void join(long accountId, long activity) {
        assertThat(as(accountId).postJson("/campus/activities/participants/",
                "{\"act\": " + activity + ", \"person\": " + accountId + "}").status()).isEqualTo(201);
    }

    String at(Duration fromNow) {
        return LOCAL.format(LocalDateTime.ofInstant(clock.instant().plus(fromNow), ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void recommendsByPortraitThenHeatThenNameAndGroupsTheOrganizations() {
        fixtures = new CampusFixtures(jdbc);
        block = fixtures.block("社团");
        address = fixtures.address();
        owner = fixtures.person("发布者");
        long user = fixtures.person("被推荐者");
        long c1 = fixtures.category();
        long c2 = fixtures.category();
        long o1 = fixtures.organization(CampusFixtures.unique("一号"), block, owner);
        long o2 = fixtures.organization(CampusFixtures.unique("二号"), block, owner);
        String tag = CampusFixtures.unique("推荐");

        long joined1 = activity(tag + "J1", c1, null, 10, "摄影", "户外");
        long joined2 = activity(tag + "J2", c1, null, 10, "摄影");
        long a = activity(tag + "A", c1, o1, 10, "摄影", "户外");
        long b = activity(tag + "B", c2, o2, 10, "摄影");
        long c = activity(tag + "C", c1, o1, 10);
        long d = activity(tag + "D", c2, null, 10);
        long zero2 = activity(tag + "2", c2, null, 10);
        long zero1 = activity(tag + "1", c2, null, 10);
        long full = activity(tag + "满", c1, null, 1, "摄影");
        long ended = activity(tag + "完", c1, null, 10, "摄影");
        join(Callers.newAccount(), full);
        jdbc.update("UPDATE activity SET end_at = now() - interval '1 hour' WHERE id = ?", ended);
        List<Long> heat = List.of(Callers.newAccount(), Callers.newAccount(), Callers.newAccount());
        heat.forEach(account -> join(account, d));
        as(heat.get(0)).postJson("/campus/activities/comments/",
                "{\"score\": 4, \"act\": " + d + ", \"user\": " + heat.get(0) + "}");
        as(heat.get(1)).postJson("/campus/activities/comments/",
                "{\"score\": 0, \"act\": " + d + ", \"user\": " + heat.get(1) + "}");
        join(user, joined1);
        join(user, joined2);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COALESCE(sum(weight), 0) FROM recommender_portrait WHERE account_id = ?", Integer.class, user))
                .isEqualTo(2 + 2 + 1));

        Set<Long> fixture = Set.of(joined1, joined2, a, b, c, d, zero1, zero2, full, ended);
        Answer recommended = as(user).get("/campus/recommended/activities/" + user);
        assertThat(recommended.status()).as(recommended.body()).isEqualTo(200);
        List<Long> order = new ArrayList<>();
        recommended.json().forEach(activity -> {
            if (fixture.contains(activity.get("id").asLong())) {
                order.add(activity.get("id").asLong());
            }
        });
        assertThat(order).containsExactly(a, b, c, d, zero1, zero2);
        assertThat(recommended.json().get(0).get("id").asLong()).isEqualTo(a);

        Answer organizations = as(user).get("/campus/recommended/organizations/" + user);
        List<Long> orgs = new ArrayList<>();
        for (JsonNode org : organizations.json()) {
            if (org.get("id").asLong() == o1 || org.get("id").asLong() == o2) {
                orgs.add(org.get("id").asLong());
            }
        }
        assertThat(orgs).containsExactly(o1, o2);
        assertThat(organizations.json().get(0).get("owner").get("name").asString()).isEqualTo("发布者");
        assertThat(as(owner).get("/campus/recommended/activities/" + user).status()).isEqualTo(403);

        as(user).delete("/campus/activities/participants/?person=" + user + "&act=" + joined1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COALESCE(sum(weight), 0) FROM recommender_portrait WHERE account_id = ?", Integer.class, user))
                .isEqualTo(1 + 1));
    }
}
