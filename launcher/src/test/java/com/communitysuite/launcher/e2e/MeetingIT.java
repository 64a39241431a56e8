package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.Covers;

import tools.jackson.databind.JsonNode;

/**
 * meeting-service through the gateway: a SIG member (added to the group by a meeting admin, whose level comes from
 * the campus admin levels API) books a meeting on the local meeting platform, everyone sees it, a reader collects it,
 * the public calendar shows it, and its creator cancels it; someone outside the group cannot book.
 */
@ExtendWith(RunningSuite.class)
class MeetingIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    @Covers({ "mp POST /mp/meetings/", "mp DELETE /mp/meeting/{mid}/", "mp GET /mp/meetings/{pk}/",
            "mp GET /mp/meetingslist/", "mp POST /mp/collect/", "mp DELETE /mp/collect/{pk}/",
            "mp GET /mp/collections/", "mp GET /mp/mymeetings/", "mp GET /mp/meeting_activity_date/",
            "mp GET /mp/meeting_activity_data/" })
    void aSigMemberBooksAMeetingThatIsPublicCollectableOnTheCalendarAndCancelled(Suite suite) {
        MpUser admin = suite.newMpUser();
        MpUser member = suite.newMpUser();
        MpUser reader = suite.newMpUser();
        for (MpUser user : new MpUser[] { admin, member }) {
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                    .until(() -> user.get("/mp/userinfo/" + user.userId() + "/").status() == 200);
        }
        Gateway.Answer granted = suite.campusAdmin().put("/campus/admin/users/" + admin.userId() + "/levels",
                "{\"level\": 3}");
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> admin.get("/mp/sigs/").status() == 200);
        long infrastructure = admin.get("/mp/sigs/").json().findParents("name").stream()
                .filter(g -> g.get("name").asString().equals("Infrastructure")).findFirst().orElseThrow()
                .get("id").asLong();
        Gateway.Answer added = admin.post("/mp/groupuser/action/new/",
                "{\"ids\": \"" + member.userId() + "\", \"group_id\": " + infrastructure + "}");
        assertThat(added.status()).as(added.toString()).isEqualTo(200);

        String topic = "e2e-meeting-" + Suite.unique();
        LocalDate day = LocalDate.now(BEIJING).plusDays(3);
        String booking = """
                {"topic": "%s", "platform": "tencent", "sponsor": "小明", "group_name": "Infrastructure",
                 "date": "%s", "start": "10:00", "end": "11:00",
                 "etherpad": "https://etherpad.mindspore.cn/p/meetings-Infrastructure", "agenda": "例会",
                 "emaillist": "a@example.com;b@example.org", "record": "", "meeting_type": 1}""".formatted(topic, day);
        assertThat(reader.post("/mp/meetings/", booking).status()).as("a user outside the group").isEqualTo(403);
        // The membership reaches the identity (level 2) and meeting-service (the group's members) by events.
        AtomicReference<Gateway.Answer> booked = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            booked.set(member.post("/mp/meetings/", booking));
            return booked.get().status() != 403;
        });
        assertThat(booked.get().status()).as(booked.get().toString()).isEqualTo(200);
        assertThat(booked.get().json().get("access").asString()).isNotEmpty();
        long id = booked.get().json().get("id").asLong();

        JsonNode detail = suite.gateway().get("/mp/meetings/" + id + "/").json();
        assertThat(detail.get("topic").asString()).isEqualTo(topic);
        assertThat(detail.get("group_name").asString()).isEqualTo("Infrastructure");
        assertThat(detail.get("mplatform").asString()).isEqualTo("tencent");
        assertThat(detail.get("join_url").asString()).startsWith("https://");
        String mid = detail.get("mid").asString();
        assertThat(mid).isNotEmpty();
        JsonNode list = suite.gateway().get("/mp/meetingslist/?search=" + topic).json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("data").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(member.get("/mp/mymeetings/").json().get("data").findValuesAsString("topic")).contains(topic);

        Gateway.Answer collected = reader.post("/mp/collect/", "{\"meeting\": " + id + "}");
        assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
        long collectionId = collected.json().get("collection_id").asLong();
        assertThat(reader.get("/mp/meetings/" + id + "/").json().get("collection_id").asLong()).isEqualTo(collectionId);
        assertThat(reader.get("/mp/collections/").json().get("data").findValuesAsString("topic")).containsExactly(topic);
        assertThat(reader.delete("/mp/collect/" + collectionId + "/").status()).isEqualTo(200);
        assertThat(reader.get("/mp/collections/").json().get("total").asLong()).isZero();

        Gateway.Answer dates = suite.gateway().get("/mp/meeting_activity_date/?type=all");
        assertThat(dates.status()).as(dates.toString()).isEqualTo(200);
        assertThat(dates.json().get("data").valueStream().map(JsonNode::asString).toList()).contains(day.toString());
        JsonNode data = suite.gateway().get("/mp/meeting_activity_data/?date=" + day + "&type=all").json();
        assertThat(data.get("data").get("timeData").findValuesAsString("name")).contains(topic);

        assertThat(reader.delete("/mp/meeting/" + mid + "/").status()).as("not the reader's").isIn(400, 403);
        Gateway.Answer cancelled = member.delete("/mp/meeting/" + mid + "/");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(suite.gateway().get("/mp/meetings/" + id + "/").status()).isEqualTo(404);
    }
}
