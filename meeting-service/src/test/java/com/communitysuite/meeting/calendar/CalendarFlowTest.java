package com.communitysuite.meeting.calendar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import com.communitysuite.meeting.Callers;
import com.communitysuite.meeting.MeetingServiceTest;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.TestHttp;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import tools.jackson.databind.JsonNode;

/**
 * The public calendar: this service's meetings and activity-service's activities (one call per request), and
 * meetings alone when activity-service cannot answer.
 */
@MeetingServiceTest
class CalendarFlowTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    WireMockServer activityServiceDouble;
    TestHttp http;
    long member;
    String group;

    @BeforeEach
    void setUp() {
        http = TestHttp.at(port).withIdentity(Callers.anonymous());
        member = Callers.newId();
        long groupId = Callers.newId();
        group = "SIG-" + groupId;
        Callers.joinGroup(kafka, jdbc, groupId, group, "SIG", member);
    }

    long book(LocalDate day, String start, String end) {
        String body = """
                {"topic": "日历例会", "platform": "tencent", "sponsor": "小明", "group_name": "%s", "date": "%s",
                 "start": "%s", "end": "%s", "etherpad": "https://etherpad.example.org/p/meetings-%s",
                 "agenda": "议程", "emaillist": "", "record": "", "meeting_type": 1}""".formatted(group, day, start, end,
                group);
        TestHttp.Answer answer = http.postJson("/mp/meetings", body, "Authorization", Callers.mp(member, 2));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("id").asLong();
    }

    static String activity(long id, LocalDate day) {
        return "{\"id\":" + id + ",\"title\":\"开源之夏\",\"start_date\":\"" + day + "\",\"end_date\":\"" + day
                + "\",\"activity_type\":1,\"activity_category\":1,\"address\":\"北京\",\"detail_address\":\"海淀\","
                + "\"longitude\":\"116.30000\",\"latitude\":\"39.98765\",\"register_method\":2,\"online_url\":null,"
                + "\"register_url\":\"https://r.example\",\"synopsis\":\"简介\",\"sign_url\":null,\"replay_url\":null,"
                + "\"poster\":4,\"wx_code\":\"\",\"schedules\":\"[]\"}";
    }

    @Test
    void aDayShowsItsMeetingsThenItsActivitiesFromOneCall() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), BEIJING).plusDays(40);
        long id = book(day, "09:30", "10:15");
        activityServiceDouble.stubFor(get(urlPathEqualTo("/internal/activities/calendar"))
                .withQueryParam("from", equalTo(day.toString())).withQueryParam("to", equalTo(day.toString()))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("[" + activity(3, day) + "]")));

        JsonNode answer = http.get("/mp/meeting_activity_data?date=" + day + "&type=all").json();

        assertThat(answer.get("code").asInt()).isEqualTo(200);
        assertThat(answer.get("msg").asString()).isEqualTo("success");
        assertThat(answer.get("data").get("date").asString()).isEqualTo(day.toString());
        JsonNode entries = answer.get("data").get("timeData");
        assertThat(entries).hasSize(2);
        JsonNode meeting = entries.get(0);
        assertThat(meeting.get("id").asLong()).isEqualTo(id);
        assertThat(meeting.get("group_name").asString()).isEqualTo(group);
        assertThat(meeting.get("startTime").asString()).isEqualTo("09:30");
        assertThat(meeting.get("endTime").asString()).isEqualTo("10:15");
        assertThat(meeting.get("duration_time").asString()).isEqualTo("9:00-11:00");
        assertThat(meeting.get("duration").asInt()).isEqualTo(2);
        assertThat(meeting.get("name").asString()).isEqualTo("日历例会");
        assertThat(meeting.get("creator").asString()).isEqualTo("小明");
        assertThat(meeting.get("detail").asString()).isEqualTo("议程");
        assertThat(meeting.get("platform").asString()).isEqualTo("tencent");
        assertThat(meeting.get("meeting_id").asString()).hasSize(9);
        assertThat(meeting.has("join_url") && meeting.has("etherpad") && meeting.has("video_url")).isTrue();
        JsonNode activity = entries.get(1);
        assertThat(activity.get("title").asString()).isEqualTo("开源之夏");
        assertThat(activity.get("poster").asInt()).isEqualTo(4);
        assertThat(activity.get("longitude").asString()).isEqualTo("116.30000");
        activityServiceDouble.verify(1, getRequestedFor(urlPathEqualTo("/internal/activities/calendar"))
                .withQueryParam("from", equalTo(day.toString())));

        assertThat(http.get("/mp/meeting_activity_data?date=" + day + "&type=meetings").json().get("data")
                .get("timeData")).hasSize(1);
        assertThat(http.get("/mp/meeting_activity_data?date=" + day + "&type=activity").json().get("data")
                .get("timeData").get(0).get("title").asString()).isEqualTo("开源之夏");
    }

    @Test
    void theDatesJoinMeetingDaysAndActivityDaysOnceEachSorted() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BEIJING);
        LocalDate day = today.plusDays(41);
        book(day, "09:00", "10:00");
        activityServiceDouble.stubFor(get(urlPathEqualTo("/internal/activities/calendar/dates"))
                .withQueryParam("from", equalTo(today.minusDays(180).toString()))
                .withQueryParam("to", equalTo(today.plusDays(30).toString()))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("[\"" + today.plusDays(2) + "\",\"" + today.minusDays(3) + "\"]")));

        JsonNode all = http.get("/mp/meeting_activity_date?type=all").json();
        JsonNode meetingsOnly = http.get("/mp/meeting_activity_date?type=meetings").json();
        JsonNode activitiesOnly = http.get("/mp/meeting_activity_date?type=activity").json();

        assertThat(all.get("code").asInt()).isEqualTo(200);
        assertThat(all.get("data").valueStream().map(JsonNode::asString).toList())
                .contains(today.plusDays(2).toString(), today.minusDays(3).toString()).isSorted();
        assertThat(activitiesOnly.get("data").valueStream().map(JsonNode::asString).toList())
                .containsExactly(today.minusDays(3).toString(), today.plusDays(2).toString());
        assertThat(meetingsOnly.get("data").valueStream().map(JsonNode::asString).toList())
                .doesNotContain(today.minusDays(3).toString());
        assertThat(http.get("/mp/meeting_activity_date?type=summit").json().get("data")).isEmpty();
    }

    @Test
    void whenActivityServiceIsDownTheCalendarStillShowsTheMeetings() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), BEIJING).plusDays(42);
        long id = book(day, "14:00", "15:00");
        activityServiceDouble.stubFor(get(urlPathEqualTo("/internal/activities/calendar"))
                .withQueryParam("from", equalTo(day.toString()))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        TestHttp.Answer answer = http.get("/mp/meeting_activity_data?date=" + day + "&type=all");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode entries = answer.json().get("data").get("timeData");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void aBadDateOrTypeIsAFourHundred() {
        TestHttp.Answer badDate = http.get("/mp/meeting_activity_data?date=2026-13-01&type=all");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("detail").asString()).isEqualTo("参数无效");
        assertThat(http.get("/mp/meeting_activity_data").status()).isEqualTo(400);
        assertThat(http.get("/mp/meeting_activity_date?type=everything").status()).isEqualTo(400);
    }
}
