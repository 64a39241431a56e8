package com.communitysuite.clubroom.schedule;

import static com.communitysuite.clubroom.room.RoomFlowAnswers.assertFailure;
import static com.communitysuite.clubroom.room.RoomFlowAnswers.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;
import com.communitysuite.platform.test.EventContracts;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;

import tools.jackson.databind.JsonNode;

/** Scheduled events in the service: creator, member (host or guest), subscriber and stranger. */
class EventFlowTest extends ClubRoomFlowTest {

    private static final String PUBLISHER = "club-room-service";

    @Test
    void theCreatorSchedulesEditsAndDeletesAnEventItsMembersAreAnnounced() {
        Actor creator = user("creator");
        Actor guest = user("guest");
        Actor stranger = user("stranger");
        long time = Instant.now().plus(Duration.ofDays(2)).toEpochMilli();

        JsonNode created = result(creator.app().postJson("/event", body("读书会", "介绍", time, creator, guest, guest)));
        String eventId = created.get("eventId").asString();
        assertThat(eventId).matches("[a-f0-9]{32}");
        assertThat(created.get("name").asString()).isEqualTo("读书会");
        assertThat(created.get("desc").asString()).isEqualTo("介绍");
        assertThat(created.get("eventTime").asLong()).isEqualTo(time);
        assertThat(created.get("eventTimeStatus").asInt()).isZero();
        assertThat(created.get("notify").asInt()).isZero();
        assertThat(created.get("uid").asString()).isEqualTo(creator.uid());
        assertThat(created.get("memberUidList").size()).as("each member once, in order").isEqualTo(2);
        assertThat(created.get("memberUidList").get(1).asString()).isEqualTo(guest.uid());
        JsonNode saved = published().awaitEnvelope("event.saved", data -> data.get("eventId").asString()
                .equals(eventId));
        EventContracts.assertCarries(PUBLISHER, "event.saved", saved.get("data"));
        assertThat(saved.get("data").get("memberAccountIds").get(1).asLong()).isEqualTo(guest.id());
        assertThat(saved.get("data").get("version").asLong()).isEqualTo(1);

        assertFailure(stranger.app().postJson("/event", body("x", null, time, creator)), 0, "参数错误");
        assertFailure(stranger.app().putJson("/event/" + eventId, body("y", null, time, stranger)), 600000, "日程不存在");
        assertFailure(guest.app().putJson("/event/" + eventId, body("y", null, time, guest)), 0, "权限不足");
        assertFailure(guest.app().delete("/event/" + eventId), 0, "权限不足");

        JsonNode edited = result(creator.app().putJson("/event/" + eventId, body("改名", null, time + 1000, creator)));
        assertThat(edited.get("name").asString()).isEqualTo("改名");
        assertThat(edited.has("desc")).isFalse();
        assertThat(edited.get("createTime").asLong()).isEqualTo(created.get("createTime").asLong());
        assertThat(result(stranger.app().get("/event/" + eventId)).get("eventTime").asLong()).isEqualTo(time + 1000);
        published().awaitEnvelope("event.saved", data -> data.get("eventId").asString().equals(eventId)
                && data.get("version").asLong() == 2);

        assertThat(creator.app().delete("/event/" + eventId).json().get("status").asInt()).isEqualTo(1);
        assertFailure(creator.app().get("/event/" + eventId), 600000, "日程不存在");
        assertFailure(creator.app().delete("/event/" + eventId), 600000, "日程不存在");
        EventContracts.assertCarries(PUBLISHER, "event.deleted", published().awaitEnvelope("event.deleted",
                data -> data.get("eventId").asString().equals(eventId)).get("data"));
    }

    @Test
    void subscribersAreToldWhenAMemberStartsTheEventWithinItsWindow() {
        Actor host = user("host");
        Actor subscriber = user("subscriber");
        Actor stranger = user("stranger");
        String soon = result(host.app().postJson("/event", body("开讲", null,
                Instant.now().plus(Duration.ofMinutes(10)).toEpochMilli(), host))).get("eventId").asString();
        String later = result(host.app().postJson("/event", body("以后", null,
                Instant.now().plus(Duration.ofHours(3)).toEpochMilli(), host))).get("eventId").asString();
        String past = result(host.app().postJson("/event", body("过去", null,
                Instant.now().minus(Duration.ofMinutes(50)).toEpochMilli(), host))).get("eventId").asString();

        assertFailure(host.app().postJson("/event/" + soon + "/notify", "{}"), 0, "嘉宾或者主持人无法预约日程");
        assertFailure(subscriber.app().postJson("/event/" + past + "/notify", "{}"), 0, "无法预约已过期的日程");
        assertThat(subscriber.app().postJson("/event/" + soon + "/notify", "{}").json().get("status").asInt())
                .isEqualTo(1);
        assertThat(subscriber.app().postJson("/event/" + soon + "/notify", "{}").json().get("status").asInt())
                .as("idempotent").isEqualTo(1);
        assertThat(result(subscriber.app().get("/event/" + soon)).get("notify").asInt()).isEqualTo(1);
        assertThat(result(subscriber.app().get("/event/" + soon)).get("eventTimeStatus").asInt()).isEqualTo(1);
        EventContracts.assertCarries(PUBLISHER, "event.subscribed", published().awaitEnvelope("event.subscribed",
                data -> data.get("eventId").asString().equals(soon)).get("data"));

        assertFailure(stranger.app().postJson("/event/" + soon + "/start", "{}"), 0, "权限不足");
        assertFailure(host.app().postJson("/event/" + later + "/start", "{}"), 0, "日程时间未开始");
        assertFailure(host.app().postJson("/event/" + past + "/start", "{}"), 0, "日程时间已过期");
        assertThat(result(host.app().get("/event/" + past)).get("eventTimeStatus").asInt()).isEqualTo(2);

        JsonNode started = result(host.app().postJson("/event/" + soon + "/start", "{}"));
        String roomId = started.get("roomId").asString();
        assertThat(roomId).matches("[a-f0-9]{32}");
        assertThat(started.get("roomResult").get("roomId").asString()).isEqualTo(roomId);
        assertThat(started.get("roomResult").get("name").asString()).isEqualTo("开讲");
        assertThat(started.get("roomResult").get("memberTotal").asInt()).isZero();
        assertThat(started.get("roomResult").get("memberList").get(0).get("uid").asString()).isEqualTo(host.uid());
        assertThat(result(host.app().postJson("/event/" + soon + "/start", "{}")).get("roomId").asString())
                .as("starting again changes nothing").isEqualTo(roomId);
        JsonNode event = published().awaitEnvelope("event.started", data -> data.get("eventId").asString()
                .equals(soon));
        EventContracts.assertCarries(PUBLISHER, "event.started", event.get("data"));
        assertThat(event.get("data").get("subscriberAccountIds").get(0).asLong()).isEqualTo(subscriber.id());
        assertThat(event.get("data").get("roomId").asString()).isEqualTo(roomId);

        JsonNode listed = null;
        for (JsonNode entry : result(stranger.app().get("/event?count=100")).get("list")) {
            if (entry.get("eventId").asString().equals(soon)) {
                listed = entry.get("eventResult");
            }
        }
        assertThat(listed).as("the started event is listed").isNotNull();
        assertThat(listed.get("roomId").asString()).isEqualTo(roomId);
        assertThat(listed.get("roomResult").get("roomId").asString()).isEqualTo(roomId);
        assertThat(listed.get("roomResult").get("memberList")).as("nobody is in the room yet").isEmpty();

        assertFailure(host.app().putJson("/event/" + soon, body("x", null, 1, host)), 0, "无法编辑已绑定活动的日程");
        assertFailure(host.app().delete("/event/" + soon), 0, "无法删除已绑定活动的日程");
        assertFailure(stranger.app().postJson("/event/" + soon + "/notify", "{}"), 0, "无法预约已绑定活动的日程");

        JsonNode h5 = result(TestHttp.at(port).withIdentity(TestIdentities.anonymous("app")).get("/h5/event/" + soon));
        assertThat(h5.get("memberList").get(0).get("nickname").asString()).isEqualTo("host");
        assertThat(h5.get("roomResult").get("roomId").asString()).isEqualTo(roomId);
        assertThat(h5.get("notify").asInt()).isZero();
    }

    @Test
    void theListStartsAnHourAgoSoonestFirstPageByPage() {
        Actor host = user("host");
        Instant base = Instant.now().plus(Duration.ofDays(3650 + (long) (Math.random() * 1000)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(result(host.app().postJson("/event", body("e" + i, null, base.plusSeconds(i).toEpochMilli(), host)))
                    .get("eventId").asString());
        }
        String old = result(host.app().postJson("/event", body("old", null,
                Instant.now().minus(Duration.ofHours(2)).toEpochMilli(), host))).get("eventId").asString();

        JsonNode first = result(host.app().get("/event?count=100"));
        List<String> all = new ArrayList<>();
        first.get("list").forEach(entry -> all.add(entry.get("eventId").asString()));
        assertThat(all).doesNotContain(old);
        long previous = Long.MIN_VALUE;
        for (JsonNode entry : first.get("list")) {
            assertThat(entry.get("eventTime").asLong()).isGreaterThanOrEqualTo(previous);
            previous = entry.get("eventTime").asLong();
            assertThat(entry.get("sequenceId").asString()).isEqualTo(entry.get("eventTime").asLong() + ":"
                    + entry.get("eventId").asString());
            assertThat(entry.get("eventResult").get("eventId").asString()).isEqualTo(entry.get("eventId").asString());
        }
        String beforeMine = first.get("list").get(all.indexOf(ids.get(0))).get("sequenceId").asString();
        JsonNode next = result(host.app().get("/event?count=2&lastId=" + beforeMine));
        assertThat(next.get("page").get("lastId").asString()).isEqualTo(beforeMine);
        assertThat(next.get("list").get(0).get("eventId").asString()).isEqualTo(ids.get(1));
        assertThat(next.get("list").get(1).get("eventId").asString()).isEqualTo(ids.get(2));
    }

    private static String body(String name, String desc, long time, Actor... members) {
        StringBuilder uids = new StringBuilder();
        for (Actor member : members) {
            uids.append(uids.isEmpty() ? "" : ",").append('"').append(member.uid()).append('"');
        }
        return """
                {"name": "%s", %s"eventTime": %d, "memberUidList": [%s]}""".formatted(name,
                desc == null ? "" : "\"desc\": \"" + desc + "\", ", time, uids);
    }
}
