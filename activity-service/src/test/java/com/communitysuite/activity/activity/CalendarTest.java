package com.communitysuite.activity.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.activity.ActivityServiceTest;
import com.communitysuite.activity.Callers;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;

import tools.jackson.databind.JsonNode;

/** meeting-service's batched calendar calls: the activities of a range and the days that have any. */
@ActivityServiceTest
class CalendarTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Far from the days other tests use, so only this test's activities are in range. */
    static final LocalDate BASE = LocalDate.of(2031, 3, 10);

    @Test
    void aRangeAnswersItsPublishedActivitiesAndTheDaysTheyTakePlaceOn() {
        long oneDay = activity("一天", BASE, BASE, "PUBLISHED", "mp");
        long threeDays = activity("三天", BASE.plusDays(4), BASE.plusDays(6), "PUBLISHED", "mp");
        activity("草稿", BASE.plusDays(1), BASE.plusDays(1), "DRAFT", "mp");
        activity("另一个平台", BASE.plusDays(2), BASE.plusDays(2), "PUBLISHED", "codes");
        TestHttp meetingService = TestHttp.at(port).withIdentity(TestIdentities.bearer(
                SuiteIdentity.service("meeting-service")));

        JsonNode dates = meetingService.get("/internal/activities/calendar/dates?from=" + BASE + "&to="
                + BASE.plusDays(5)).json();
        assertThat(dates.valueStream().map(JsonNode::asString).toList()).containsExactly(BASE.toString(),
                BASE.plusDays(4).toString(), BASE.plusDays(5).toString());

        JsonNode activities = meetingService.get("/internal/activities/calendar?from=" + BASE.plusDays(5) + "&to="
                + BASE.plusDays(9)).json();
        assertThat(activities).hasSize(1);
        JsonNode entry = activities.get(0);
        assertThat(entry.get("id").asLong()).isEqualTo(threeDays);
        assertThat(entry.get("start_date").asString()).isEqualTo(BASE.plusDays(4).toString());
        assertThat(entry.get("register_method").asInt()).isEqualTo(2);
        for (String field : new String[] { "title", "end_date", "activity_type", "address", "detail_address",
                "longitude", "latitude", "synopsis", "sign_url", "replay_url", "register_url", "poster", "wx_code",
                "schedules" }) {
            assertThat(entry.has(field)).as(field).isTrue();
        }
        assertThat(meetingService.get("/internal/activities/calendar?from=" + BASE + "&to=" + BASE).json().get(0)
                .get("id").asLong()).isEqualTo(oneDay);
    }

    @Test
    void badRangesAre400sAndAnonymousCallersAreRefused() {
        TestHttp service = TestHttp.at(port).withIdentity(TestIdentities.bearer(SuiteIdentity.service("meeting-service")));
        assertThat(service.get("/internal/activities/calendar?from=2031-03-10&to=2031-03-01").status()).isEqualTo(400);
        assertThat(service.get("/internal/activities/calendar?from=2031-03-10&to=2033-03-01").status()).isEqualTo(400);
        assertThat(service.get("/internal/activities/calendar/dates?from=yesterday&to=2031-03-01").status())
                .isEqualTo(400);
        assertThat(service.get("/internal/activities/calendar/dates?to=2031-03-01").status()).isEqualTo(400);
        assertThat(TestHttp.at(port).withIdentity(Callers.anonymousMp())
                .get("/internal/activities/calendar?from=2031-03-10&to=2031-03-11").status()).isEqualTo(403);
    }

    private long activity(String title, LocalDate start, LocalDate end, String status, String surface) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("INSERT INTO activity (surface, status, title, start_date, end_date, category,"
                + " activity_type, register_url, poster, schedules, owner_account_id, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, 1, 2, 'https://example.org/r', 1, '[[]]', 12, ?, ?) RETURNING id",
                Long.class, surface, status, title, start, end, now, now);
    }
}
