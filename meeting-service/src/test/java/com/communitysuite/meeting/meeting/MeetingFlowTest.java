package com.communitysuite.meeting.meeting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.communitysuite.meeting.Callers;
import com.communitysuite.meeting.MeetingServiceTest;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.TestHttp;
import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Booking, cancelling and collecting meetings through the service's mp endpoints, on PostgreSQL and Kafka, with the
 * platforms played by WireMock: who may book for which group, the host pool under concurrent bookings, a platform's
 * failure, cancellation rules and the events that tell notification-service what to send.
 */
@MeetingServiceTest
class MeetingFlowTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final AtomicInteger DAYS = new AtomicInteger(1);

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ConsumerFactory<String, String> consumers;
    @Autowired
    WireMockServer platformsDouble;
    TestHttp http;
    long member;
    long groupId;
    String group;

    @BeforeEach
    void setUp() {
        http = TestHttp.at(port).withIdentity(Callers.anonymous());
        member = Callers.newId();
        groupId = Callers.newId();
        group = "SIG-" + groupId;
        Callers.joinGroup(kafka, jdbc, groupId, group, "SIG", member);
    }

    /** A day of its own for each test, so their hosts do not meet. */
    LocalDate newDay() {
        return LocalDate.ofInstant(clock.instant(), BEIJING).plusDays(DAYS.getAndIncrement());
    }

    String request(String groupName, String platform, LocalDate date, String start, String end) {
        return """
                {"topic": "%s 例会", "platform": "%s", "sponsor": "小明", "group_name": "%s", "date": "%s",
                 "start": "%s", "end": "%s", "etherpad": "https://etherpad.example.org/p/meetings-%s",
                 "agenda": "1. 例会", "emaillist": "a@example.com；b@example.org", "record": "cloud",
                 "meeting_type": 1}""".formatted(groupName, platform, groupName, date, start, end, groupName);
    }

    TestHttp.Answer book(long accountId, int level, String body) {
        return http.postJson("/mp/meetings", body, "Authorization", Callers.mp(accountId, level));
    }

    /** The data of the meeting's event of that type, as consumers read it from the topic. */
    JsonNode outbox(String type, long meetingId) {
        List<JsonNode> found = new ArrayList<>();
        try (Consumer<String, String> consumer = consumers.createConsumer("meeting-test-" + UUID.randomUUID(), null,
                null, propertiesOf(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"))) {
            consumer.subscribe(List.of("meeting-service.events"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (Long.toString(meetingId).equals(record.key()) && type.equals(event.get("type").asString())) {
                        found.add(event.get("data"));
                    }
                }
                return !found.isEmpty();
            });
        }
        return found.get(found.size() - 1);
    }

    static java.util.Properties propertiesOf(String name, String value) {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty(name, value);
        return properties;
    }

    @Test
    void aMemberBooksAMeetingOfTheirGroupWhichEveryoneSeesAndTheEventCarriesTheInvitation() {
        LocalDate day = newDay();
        TestHttp.Answer booked = book(member, 2, request(group, "tencent", day, "09:00", "10:30"));

        assertThat(booked.status()).as(booked.body()).isEqualTo(200);
        assertThat(booked.json().get("code").asInt()).isEqualTo(200);
        assertThat(booked.json().get("message").asString()).isEqualTo("Created successfully");
        long id = booked.json().get("id").asLong();

        JsonNode detail = http.get("/mp/meetings/" + id, "Authorization", Callers.anonymous()).json();
        assertThat(detail.get("id").asLong()).isEqualTo(id);
        assertThat(detail.get("collection_id").isNull()).isTrue();
        assertThat(detail.get("user_id").asLong()).isEqualTo(member);
        assertThat(detail.get("group_id").asLong()).isEqualTo(groupId);
        assertThat(detail.get("group_name").asString()).isEqualTo(group);
        assertThat(detail.get("date").asString()).isEqualTo(day.toString());
        assertThat(detail.get("start").asString()).isEqualTo("09:00");
        assertThat(detail.get("end").asString()).isEqualTo("10:30");
        assertThat(detail.get("mid").asString()).hasSize(9);
        assertThat(detail.get("mmid").asString()).hasSize(19);
        assertThat(detail.get("join_url").asString()).startsWith("https://meeting.tencent.com/dm/");
        assertThat(detail.get("mplatform").asString()).isEqualTo("tencent");
        assertThat(detail.has("video_url")).isTrue();
        assertThat(detail.has("etherpad")).isTrue();
        platformsDouble.verify(postRequestedFor(urlPathMatching("/v1/meetings"))
                .withRequestBody(matchingJsonPath("$.subject", equalTo(group + " 例会"))));

        JsonNode list = http.get("/mp/meetingslist?search=" + group + "&size=5").json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("size").asInt()).isEqualTo(5);
        assertThat(list.get("data").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(http.get("/mp/meetingslist?type=msg&search=" + group).json().get("total").asLong()).isZero();
        assertThat(http.get("/mp/meetingslist?type=sig&range=recently&search=" + group).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(http.get("/mp/mymeetings", "Authorization", Callers.mp(member, 2)).json().get("data")
                .findValuesAsString("topic")).containsExactly(group + " 例会");

        JsonNode created = outbox("meeting.created", id);
        assertThat(created.get("creatorAccountId").asLong()).isEqualTo(member);
        assertThat(created.get("startsAt").asString()).isEqualTo(day.atTime(9, 0).atZone(BEIJING).toInstant().toString());
        assertThat(created.get("endsAt").asString()).isEqualTo(day.atTime(10, 30).atZone(BEIJING).toInstant().toString());
        assertThat(created.get("meetingCode").asString()).isEqualTo(detail.get("mid").asString());
        assertThat(created.get("joinUrl").asString()).isEqualTo(detail.get("join_url").asString());
        assertThat(created.get("emails").findValuesAsString("")).isEmpty();
        assertThat(created.get("emails").get(0).asString()).isEqualTo("a@example.com");
        assertThat(created.get("emails").get(1).asString()).isEqualTo("b@example.org");
        assertThat(created.get("platform").asString()).isEqualTo("tencent");
        assertThat(created.get("record").asString()).isEqualTo("cloud");
    }

    @Test
    void onlyMembersOfTheGroupOrCityAndMeetingAdminsBook() {
        LocalDate day = newDay();
        long otherSigsMember = Callers.newId();
        long otherGroup = Callers.newId();
        Callers.joinGroup(kafka, jdbc, otherGroup, "SIG-" + otherGroup, "SIG", otherSigsMember);

        assertThat(book(Callers.newId(), 1, request(group, "tencent", day, "09:00", "10:00")).status()).isEqualTo(403);
        TestHttp.Answer nonMember = book(Callers.newId(), 2, request(group, "tencent", day, "09:00", "10:00"));
        assertThat(nonMember.status()).isEqualTo(403);
        assertThat(nonMember.json().get("detail").asString()).isEqualTo("需要Maintainer或者会议管理员权限！！！");
        assertThat(book(otherSigsMember, 2, request(group, "tencent", day, "09:00", "10:00")).status()).isEqualTo(403);
        assertThat(book(Callers.newId(), 3, request(group, "welink", day, "09:00", "10:00")).status()).isEqualTo(200);
        assertThat(http.postJson("/mp/meetings", request(group, "tencent", day, "09:00", "10:00"), "Authorization",
                Callers.anonymous()).status()).isIn(401, 403);

        TestHttp.Answer unknown = book(member, 2, request("No-Such-Group", "tencent", day, "09:00", "10:00"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("用户组不存在");

        long cityId = Callers.newId();
        long cityMember = Callers.newId();
        Callers.joinCity(kafka, jdbc, cityId, "城市" + cityId, cityMember);
        String msg = request(group, "tencent", day, "13:00", "14:00").replace("\"meeting_type\": 1",
                "\"meeting_type\": 2, \"city\": \"城市" + cityId + "\"");
        assertThat(book(cityMember, 2, msg).status()).isEqualTo(200);
        assertThat(book(Callers.newId(), 2, msg).status()).isEqualTo(403);
    }

    @Test
    void aHostHoldsOneMeetingAtATimeWithThirtyMinutesBetweenAndTheLastOneGoesToOneOfTwoRacingBookings()
            throws Exception {
        LocalDate day = newDay();
        assertThat(book(member, 2, request(group, "zoom", day, "09:00", "10:00")).status()).isEqualTo(200);
        TestHttp.Answer tooSoon = book(member, 2, request(group, "zoom", day, "10:15", "11:00"));
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.json().get("detail").asString()).isEqualTo("时间冲突，请调整时间预定会议");
        assertThat(book(member, 2, request(group, "zoom", day, "10:30", "11:00")).status()).isEqualTo(200);

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> racer = () -> {
            together.await();
            return book(member, 2, request(group, "zoom", day, "14:00", "15:00")).status();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>(List.of(pool.submit(racer), pool.submit(racer)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 400);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM meeting WHERE meeting_date = ? AND platform = 'zoom'"
                + " AND cancelled_at IS NULL", Integer.class, day)).isEqualTo(3);
    }

    @Test
    void aPlatformsRefusalLeavesNothingAndTheHostFree() {
        LocalDate day = newDay();
        platformsDouble.stubFor(post(urlPathMatching("/v2/users/.+/meetings")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.topic", equalTo("Refused 例会")))
                .willReturn(aResponse().withStatus(400).withBody("{\"code\":300,\"message\":\"Validation Failed.\"}")));

        TestHttp.Answer refused = book(member, 2, request("Refused", "zoom", day, "09:00", "10:00")
                .replace("\"group_name\": \"Refused\"", "\"group_name\": \"" + group + "\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).isEqualTo("创建会议失败");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM meeting WHERE topic = 'Refused 例会'", Integer.class))
                .isZero();
        assertThat(book(member, 2, request(group, "zoom", day, "09:00", "10:00")).status()).isEqualTo(200);
    }

    @Test
    void aBookingTheDatabaseFailsToKeepIsCancelledOnThePlatform() {
        LocalDate day = newDay();
        platformsDouble.stubFor(post("/v1/meetings").atPriority(1)
                .withRequestBody(matchingJsonPath("$.subject", equalTo("Orphan 例会")))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"meeting_number\":1,\"meeting_info_list\":[{\"meeting_id\":\"7700000000000000077\","
                                + "\"meeting_code\":\"770000077\",\"join_url\":\"https://meeting.tencent.com/dm/o\"}]}")));
        // The database refuses the booking's final write, after the platform has booked.
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION refuse_orphan_meeting() RETURNS trigger AS $$
                BEGIN
                  IF NEW.topic = 'Orphan 例会' AND NEW.mid IS NOT NULL AND NEW.mid <> '' THEN
                    RAISE EXCEPTION 'the database fails the write';
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("CREATE TRIGGER refuse_orphan_meeting BEFORE UPDATE ON meeting FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_orphan_meeting()");
        try {
            TestHttp.Answer failed = book(member, 2, request("Orphan", "tencent", day, "09:00", "10:00")
                    .replace("\"group_name\": \"Orphan\"", "\"group_name\": \"" + group + "\""));

            assertThat(failed.status()).as(failed.body()).isGreaterThanOrEqualTo(500);
        }
        finally {
            jdbc.execute("DROP TRIGGER refuse_orphan_meeting ON meeting");
        }
        platformsDouble.verify(postRequestedFor(urlPathMatching("/v1/meetings/7700000000000000077/cancel")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM meeting WHERE topic = 'Orphan 例会'", Integer.class))
                .isZero();
    }

    @Test
    void theCreatorOrAMeetingAdminCancelsAnHourAheadAndCollectorsAreToldAndTheirCollectionsEnd() {
        LocalDate day = newDay();
        long id = book(member, 2, request(group, "tencent", day, "09:00", "10:00")).json().get("id").asLong();
        String mid = http.get("/mp/meetings/" + id).json().get("mid").asString();
        long collector = Callers.newId();
        long collectionId = http.postJson("/mp/collect", "{\"meeting\": " + id + "}", "Authorization",
                Callers.mp(collector, 1)).json().get("collection_id").asLong();

        TestHttp.Answer notYours = http.delete("/mp/meeting/" + mid, "Authorization", Callers.mp(Callers.newId(), 2));
        assertThat(notYours.status()).isEqualTo(400);
        assertThat(notYours.json().get("detail").asString()).isEqualTo("无权限删除会议");
        assertThat(http.delete("/mp/meeting/" + mid, "Authorization", Callers.mp(collector, 1)).status())
                .isEqualTo(403);

        TestHttp.Answer cancelled = http.delete("/mp/meeting/" + mid, "Authorization", Callers.mp(member, 2));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("message").asString()).isEqualTo("Delete successfully.");
        assertThat(http.get("/mp/meetings/" + id).status()).isEqualTo(404);
        String mmid = jdbc.queryForObject("SELECT mmid FROM meeting WHERE id = ?", String.class, id);
        platformsDouble.verify(postRequestedFor(urlPathMatching("/v1/meetings/" + mmid + "/cancel")));
        JsonNode event = outbox("meeting.cancelled", id);
        assertThat(event.get("collectorAccountIds").get(0).asLong()).isEqualTo(collector);
        assertThat(event.get("emails").size()).isEqualTo(2);
        assertThat(event.get("meetingCode").asString()).isEqualTo(mid);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM meeting_collection WHERE id = ?", Integer.class,
                collectionId)).isZero();
        TestHttp.Answer again = http.delete("/mp/meeting/" + mid, "Authorization", Callers.mp(member, 2));
        assertThat(again.json().get("detail").asString()).isEqualTo("信息发生变化，请刷新后重试");

        long adminCancels = book(member, 2, request(group, "tencent", day, "14:00", "15:00")).json().get("id").asLong();
        String adminMid = http.get("/mp/meetings/" + adminCancels).json().get("mid").asString();
        assertThat(http.putJson("/mp/meeting/" + adminMid, "{}", "Authorization", Callers.mp(Callers.newId(), 3))
                .status()).isEqualTo(200);
    }

    @Test
    void aMeetingLessThanAnHourAheadCannotBeCancelled() {
        LocalDate day = newDay();
        long id = book(member, 2, request(group, "welink", day, "21:00", "22:00")).json().get("id").asLong();
        String mid = http.get("/mp/meetings/" + id).json().get("mid").asString();
        java.time.Instant start = day.atTime(21, 0).atZone(BEIJING).toInstant();
        clock.advance(java.time.Duration.between(clock.instant(), start).minusMinutes(59));

        TestHttp.Answer tooLate = http.delete("/mp/meeting/" + mid, "Authorization", Callers.mp(member, 2));

        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.json().get("detail").asString()).isEqualTo("距离会议开始时间小于一个小时，无法删除");
    }

    @Test
    void collectionsArePerUserIdempotentAndOnlyTheirOwnerRemovesThem() {
        LocalDate day = newDay();
        long id = book(member, 2, request(group, "tencent", day, "16:00", "17:00")).json().get("id").asLong();
        long reader = Callers.newId();
        long other = Callers.newId();

        TestHttp.Answer collected = http.postJson("/mp/collect", "{\"meeting\": " + id + "}", "Authorization",
                Callers.mp(reader, 1));
        assertThat(collected.json().get("msg").asString()).isEqualTo("collect successfully");
        long collectionId = collected.json().get("collection_id").asLong();
        assertThat(http.postJson("/mp/collect", "{\"meeting\": " + id + "}", "Authorization", Callers.mp(reader, 1))
                .json().get("collection_id").asLong()).isEqualTo(collectionId);

        assertThat(http.get("/mp/meetings/" + id, "Authorization", Callers.mp(reader, 1)).json().get("collection_id")
                .asLong()).isEqualTo(collectionId);
        assertThat(http.get("/mp/meetings/" + id, "Authorization", Callers.mp(other, 1)).json().get("collection_id")
                .isNull()).isTrue();
        JsonNode mine = http.get("/mp/collections", "Authorization", Callers.mp(reader, 1)).json();
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("data").get(0).get("collection_id").asLong()).isEqualTo(collectionId);
        assertThat(http.get("/mp/collections", "Authorization", Callers.mp(other, 1)).json().get("total").asLong())
                .isZero();
        JsonNode event = outbox("meeting.collected", id);
        assertThat(event.get("accountId").asLong()).isEqualTo(reader);
        assertThat(event.get("collectionId").asLong()).isEqualTo(collectionId);

        TestHttp.Answer notTheirs = http.delete("/mp/collect/" + collectionId, "Authorization", Callers.mp(other, 1));
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(notTheirs.json().get("detail").asString()).isEqualTo("信息发生变化，请刷新后重试");
        assertThat(http.delete("/mp/collect/" + collectionId, "Authorization", Callers.mp(reader, 1)).status())
                .isEqualTo(200);
        assertThat(http.get("/mp/collections", "Authorization", Callers.mp(reader, 1)).json().get("total").asLong())
                .isZero();
        assertThat(outbox("meeting.uncollected", id).get("collected").asBoolean()).isFalse();
        assertThat(http.postJson("/mp/collect", "{\"meeting\": 999999999}", "Authorization", Callers.mp(reader, 1))
                .json().get("detail").asString()).isEqualTo("信息发生变化，请刷新后重试");
    }

    @Test
    void aMeetingAdminSeesEveryMeetingAsTheirsAndAMaintainerOnlyTheirOwn() {
        LocalDate day = newDay();
        book(member, 2, request(group, "tencent", day, "18:00", "19:00"));
        long admin = Callers.newId();

        assertThat(http.get("/mp/mymeetings?size=50", "Authorization", Callers.mp(admin, 3)).json().get("total")
                .asLong()).isGreaterThanOrEqualTo(1);
        assertThat(http.get("/mp/mymeetings", "Authorization", Callers.mp(Callers.newId(), 2)).json().get("total")
                .asLong()).isZero();
        assertThat(http.get("/mp/mymeetings", "Authorization", Callers.anonymous()).status()).isIn(401, 403);
    }
}
