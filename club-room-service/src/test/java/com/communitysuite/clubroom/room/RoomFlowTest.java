package com.communitysuite.clubroom.room;

import static com.communitysuite.clubroom.room.RoomFlowAnswers.assertFailure;
import static com.communitysuite.clubroom.room.RoomFlowAnswers.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.EventContracts;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;
import com.communitysuite.platform.test.TestIdentities;

import tools.jackson.databind.JsonNode;

/** The app's rooms in the service: creator, host, speaker, audience, club member, invitee and stranger. */
class RoomFlowTest extends ClubRoomFlowTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoomLive live;
    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void aPublicRoomIsSeenByEveryoneAndShownOnceSomeoneIsInIt() {
        Actor creator = user("creator");
        Actor stranger = user("stranger");

        JsonNode created = result(creator.app().postJson("/room", """
                {"name": "周五\\n夜聊", "ts": 1, "sign": "x"}"""));
        String roomId = created.get("roomId").asString();
        assertThat(roomId).matches("[a-f0-9]{32}");
        assertThat(created.get("name").asString()).isEqualTo("周五 夜聊");
        assertThat(created.get("uid").asString()).isEqualTo(creator.uid());
        assertThat(created.get("inviteOnly").asInt()).isZero();
        assertThat(created.has("clubId")).isFalse();
        assertThat(created.get("memberTotal").asInt()).isZero();
        assertThat(created.get("memberList").get(0).get("uid").asString()).isEqualTo(creator.uid());
        assertThat(created.get("memberList").get(0).get("nickname").asString()).isEqualTo("creator");

        assertThat(result(creator.app().get("/room/" + roomId)).get("memberTotal").asInt()).isZero();
        assertFailure(stranger.app().get("/room/" + roomId), 400000, "活动已解散");
        JsonNode strangersEntry = entry(stranger, roomId);
        assertThat(strangersEntry.has("roomResult")).as("nobody is in it yet").isFalse();
        assertThat(strangersEntry.get("sequenceId").asString()).isEqualTo(created.get("createTime").asLong() + ":"
                + roomId);
        assertThat(entry(creator, roomId).get("roomResult").get("roomId").asString()).isEqualTo(roomId);

        try (LiveClient host = LiveClient.connect(port, roomId, authorization(creator))) {
            JsonNode connected = host.awaitEvent("connected");
            assertThat(connected.get("you").get("role").asInt()).as("the creator hosts").isEqualTo(2);
            JsonNode seen = result(stranger.app().get("/room/" + roomId));
            assertThat(seen.get("memberTotal").asInt()).isEqualTo(1);
            assertThat(seen.get("memberList").get(0).get("uid").asString()).isEqualTo(creator.uid());
            assertThat(entry(stranger, roomId).get("roomResult").get("memberTotal").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aClubRoomNeedsItsCreatorInTheClubAndOnlyMembersSeeIt() {
        Actor owner = user("owner");
        Actor member = user("member");
        Actor stranger = user("stranger");
        String clubId = result(owner.app().postJson("/club", "{\"name\": \"圈\", \"cover\": \"c\"}")).get("clubId")
                .asString();
        member.app().postJson("/club/" + clubId + "/join", "{}");

        assertFailure(stranger.app().postJson("/room", "{\"name\": \"x\", \"clubId\": \"%s\"}".formatted(clubId)),
                500000, "圈子不存在");
        JsonNode created = result(member.app().postJson("/room", "{\"name\": \"圈聊\", \"clubId\": \"%s\"}"
                .formatted(clubId)));
        String roomId = created.get("roomId").asString();
        assertThat(created.get("clubId").asString()).isEqualTo(clubId);
        assertThat(created.get("clubResult").get("name").asString()).isEqualTo("圈");
        assertThat(created.get("clubResult").get("joined").asInt()).isEqualTo(1);

        assertThat(ids(owner)).contains(roomId);
        assertThat(ids(stranger)).doesNotContain(roomId);
        assertThat(stranger.app().postJson("/room/" + roomId + "/token", "{}").json().get("errorCode").asInt())
                .isEqualTo(400000);
        assertThat(result(owner.app().postJson("/room/" + roomId + "/token", "{}")).get("role").asInt())
                .as("a member listens").isZero();

        JsonNode invite = result(member.app().postJson("/room", """
                {"name": "私密", "clubId": "%s", "inviteOnly": 5}""".formatted(clubId)));
        assertThat(invite.has("clubId")).as("invite-only ignores the club").isFalse();
        assertThat(invite.get("inviteOnly").asInt()).isEqualTo(1);
        assertThat(ids(owner)).doesNotContain(invite.get("roomId").asString());
        assertThat(ids(member)).contains(invite.get("roomId").asString());
    }

    @Test
    void anInviteCountsOnlyWhenTheInviteeSentTheInviterTheirCard() {
        Actor host = user("host");
        Actor friend = user("friend");
        Actor other = user("other");
        String roomId = result(host.app().postJson("/room", "{\"name\": \"私聊\", \"inviteOnly\": 1}")).get("roomId")
                .asString();

        Answer noCard = host.app().postJson("/room/" + roomId + "/invite/" + other.uid(), "{}");
        assertThat(noCard.json().get("status").asInt()).isEqualTo(1);
        assertThat(noCard.json().get("message").asString()).isEqualTo("邀请成功");
        assertThat(ids(other)).doesNotContain(roomId);
        assertThat(other.app().get("/room/" + roomId + "/token").json().get("errorCode").asInt()).isEqualTo(400000);

        people().cardSent(friend.id(), host.id());
        Answer invited = host.app().postJson("/room/" + roomId + "/invite/" + friend.uid(), "{}");
        assertThat(invited.json().get("message").asString()).isEqualTo("邀请成功");
        assertThat(ids(friend)).contains(roomId);
        assertThat(result(friend.app().get("/room/" + roomId + "/token")).get("token").asString()).startsWith("007");
        JsonNode event = published().awaitEnvelope("room.invited",
                data -> data.get("roomId").asString().equals(roomId)
                        && data.get("inviteeAccountId").asLong() == friend.id());
        EventContracts.assertCarries("club-room-service", "room.invited", event.get("data"));
        assertThat(event.get("data").get("inviterNickname").asString()).isEqualTo("host");
        assertThat(event.get("data").get("roomName").asString()).isEqualTo("私聊");
        assertThat(event.get("actorId").asString()).isEqualTo(host.uid());

        assertFailure(host.app().postJson("/room/" + roomId + "/invite/" + "0".repeat(32), "{}"), 200002, "用户不存在");
        assertFailure(other.app().postJson("/room/" + roomId + "/invite/" + friend.uid(), "{}"), 400000, "活动已解散");
    }

    @Test
    void presenceRoundTripHostsSpeakersAudienceAndTheLastHostLeaving() {
        Actor creator = user("creator");
        Actor listener = user("listener");
        Actor blocked = user("blocked");
        String roomId = result(creator.app().postJson("/room", "{\"name\": \"live\"}")).get("roomId").asString();

        JsonNode creatorsToken = result(creator.app().postJson("/room/" + roomId + "/token", "{}"));
        assertThat(creatorsToken.get("roomId").asString()).isEqualTo(roomId);
        assertThat(creatorsToken.get("token").asString()).startsWith("007");
        assertThat(creatorsToken.get("role").asInt()).isEqualTo(2);

        LiveClient host = LiveClient.connect(port, roomId, authorization(creator));
        JsonNode hostState = host.awaitEvent("connected");
        assertThat(hostState.get("you").get("ruid").asInt()).isEqualTo(creatorsToken.get("ruid").asInt());

        LiveClient audience = LiveClient.connect(port, roomId, authorization(listener));
        JsonNode state = audience.awaitEvent("connected");
        assertThat(state.get("you").get("role").asInt()).isZero();
        assertThat(state.get("memberTotal").asInt()).isEqualTo(2);
        host.await(m -> "join".equals(m.path("event").asString())
                && listener.uid().equals(m.path("member").path("uid").asString()));
        JsonNode listenersToken = result(listener.app().postJson("/room/" + roomId + "/token", "{}"));
        assertThat(listenersToken.get("role").asInt()).as("the audience subscribes").isZero();
        assertThat(listenersToken.get("ruid").asInt()).isNotEqualTo(creatorsToken.get("ruid").asInt());
        assertThat(listenersToken.get("token").asString()).isNotEqualTo(creatorsToken.get("token").asString());

        people().blocked(creator.id(), blocked.id());
        assertFailure(blocked.app().postJson("/room/" + roomId + "/token", "{}"), 400001, "无法加入此活动");

        audience.send("{\"event\": \"role\", \"uid\": \"%s\", \"role\": 1}".formatted(listener.uid()));
        assertThat(audience.awaitEvent("error").get("message").asString()).as("not invited to speak").isEqualTo("权限不足");
        audience.send("{\"event\": \"invite\", \"action\": \"request\"}");
        assertThat(host.await(m -> "request".equals(m.path("action").asString())).get("uid").asString())
                .isEqualTo(listener.uid());
        host.send("{\"event\": \"invite\", \"action\": \"response\", \"uid\": \"%s\"}".formatted(listener.uid()));
        audience.await(m -> "response".equals(m.path("action").asString()));
        audience.send("{\"event\": \"role\", \"uid\": \"%s\", \"role\": 1}".formatted(listener.uid()));
        assertThat(host.await(m -> "role".equals(m.path("event").asString())).get("role").asInt()).isEqualTo(1);
        assertThat(result(listener.app().postJson("/room/" + roomId + "/token", "{}")).get("role").asInt())
                .as("a speaker publishes").isEqualTo(1);
        audience.send("not json");
        assertThat(audience.awaitEvent("error").get("errorCode").asInt()).isZero();

        host.close();
        JsonNode promoted = audience.await(m -> "role".equals(m.path("event").asString())
                && m.path("role").asInt() == 2);
        assertThat(promoted.get("uid").asString()).as("the speaker takes over").isEqualTo(listener.uid());
        assertThat(result(listener.app().get("/room/" + roomId)).get("memberTotal").asInt()).isEqualTo(1);

        audience.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> creator.app().get("/room/" + roomId).json()
                .path("errorCode").asInt() == 400000);
        JsonNode closed = published().awaitEnvelope("room.closed", data -> data.get("roomId").asString()
                .equals(roomId));
        EventContracts.assertCarries("club-room-service", "room.closed", closed.get("data"));
        assertThat(ids(creator)).doesNotContain(roomId);
    }

    @Test
    void onlyAHostInTheRoomClosesItAndEveryoneConnectedIsLetGo() {
        Actor creator = user("creator");
        Actor listener = user("listener");
        String roomId = result(creator.app().postJson("/room", "{}")).get("roomId").asString();
        assertFailure(creator.app().postJson("/room/" + roomId + "/close", "{}"), 400000, "活动已解散");

        try (LiveClient host = LiveClient.connect(port, roomId, authorization(creator));
                LiveClient audience = LiveClient.connect(port, roomId, authorization(listener))) {
            host.awaitEvent("connected");
            audience.awaitEvent("connected");
            assertFailure(listener.app().postJson("/room/" + roomId + "/close", "{}"), 400000, "活动已解散");

            assertThat(creator.app().postJson("/room/" + roomId + "/close", "{}").json().get("status").asInt())
                    .isEqualTo(1);
            audience.awaitEvent("close");
            await().atMost(Duration.ofSeconds(5)).until(audience::closedByServer);
        }
        assertFailure(creator.app().get("/room/" + roomId), 400000, "活动已解散");
        assertFailure(creator.app().postJson("/room/" + roomId + "/close", "{}"), 400000, "活动已解散");
        assertFailure(creator.app().postJson("/room/" + roomId + "/invite/" + listener.uid(), "{}"), 400000,
                "活动已解散");
    }

    @Test
    void aConnectionSilentPastTheHeartbeatTimeoutLeavesAndASecondConnectionReplacesTheFirst() {
        Actor creator = user("creator");
        Actor listener = user("listener");
        String roomId = result(creator.app().postJson("/room", "{\"name\": \"x\"}")).get("roomId").asString();
        try (LiveClient host = LiveClient.connect(port, roomId, authorization(creator));
                LiveClient first = LiveClient.connect(port, roomId, authorization(listener))) {
            host.awaitEvent("connected");
            first.awaitEvent("connected");
            try (LiveClient second = LiveClient.connect(port, roomId, authorization(listener))) {
                second.awaitEvent("connected");
                first.awaitEvent("kicked");
                assertThat(result(creator.app().get("/room/" + roomId)).get("memberTotal").asInt()).isEqualTo(2);
                second.send("{\"event\": \"heartbeat\"}");
                second.awaitEvent("heartbeat");

                jdbc.update("UPDATE room_participant SET last_seen_at = now() - interval '1 hour'"
                        + " WHERE uid = ? AND room_pk = (SELECT id FROM room WHERE room_id = ?)", listener.uid(), roomId);
                assertThat(result(creator.app().get("/room/" + roomId)).get("memberTotal").asInt())
                        .as("a silent connection does not count").isEqualTo(1);
                live.leaveSilentConnections();
                assertThat(host.awaitEvent("leave").get("uid").asString()).isEqualTo(listener.uid());
            }
        }
    }

    @Test
    void aShareSnapshotIsReadableWithoutLoginAndTellsWhetherTheRoomClosed() {
        Actor creator = user("creator");
        String clubId = result(creator.app().postJson("/club", "{\"name\": \"分享圈\", \"cover\": \"c\"}"))
                .get("clubId").asString();
        String roomId = result(creator.app().postJson("/room", "{\"name\": \"分享\", \"clubId\": \"%s\"}"
                .formatted(clubId))).get("roomId").asString();
        TestHttp anonymous = TestHttp.at(port).withIdentity(TestIdentities.anonymous("app"));
        try (LiveClient host = LiveClient.connect(port, roomId, authorization(creator))) {
            host.awaitEvent("connected");
            Answer cached = creator.app().postJson("/room/" + roomId + "/cache", "{}");
            String cacheId = cached.json().get("result").asString();
            assertThat(cacheId).matches("[a-f0-9]{32}");
            assertThat(creator.app().get("/room/" + roomId + "/cache").json().get("result").asString())
                    .as("a fresh snapshot each time").isNotEqualTo(cacheId);

            JsonNode page = result(anonymous.get("/h5/room/" + cacheId));
            assertThat(page.get("closed").asInt()).isZero();
            assertThat(page.get("roomCacheId").asString()).isEqualTo(cacheId);
            assertThat(page.get("roomId").asString()).isEqualTo(roomId);
            assertThat(page.get("fromMember").get("nickname").asString()).isEqualTo("creator");
            assertThat(page.get("memberList").get(0).get("uid").asString()).isEqualTo(creator.uid());
            assertThat(page.get("memberTotal").asInt()).isEqualTo(1);
            assertThat(page.get("clubResult").get("joined").asInt()).isZero();
            assertThat(result(creator.app().postJson("/h5/room/" + cacheId, "{}")).get("clubResult").get("joined")
                    .asInt()).as("personalised for a visitor who is an account").isEqualTo(1);

            creator.app().postJson("/room/" + roomId + "/close", "{}");
            assertThat(result(anonymous.get("/h5/room/" + cacheId)).get("closed").asInt()).isEqualTo(1);
            assertThat(result(creator.app().postJson("/room/" + roomId + "/cache", "{}"))).as("closed rooms too")
                    .isNotNull();
        }
        assertFailure(anonymous.get("/h5/room/" + "a".repeat(32)), 400000, "活动已解散");
    }

    @Test
    void aUserWhoLogsOffLeavesTheirRoomsAndTheirInvitationsGo() {
        Actor creator = user("creator");
        Actor leaving = user("leaving");
        String roomId = result(creator.app().postJson("/room", "{\"name\": \"x\"}")).get("roomId").asString();
        String secret = result(creator.app().postJson("/room", "{\"inviteOnly\": 1}")).get("roomId").asString();
        people().cardSent(leaving.id(), creator.id());
        creator.app().postJson("/room/" + secret + "/invite/" + leaving.uid(), "{}");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM room_invite WHERE account_id = ?", Long.class,
                leaving.id())).isEqualTo(1);
        try (LiveClient host = LiveClient.connect(port, roomId, authorization(creator));
                LiveClient gone = LiveClient.connect(port, roomId, authorization(leaving))) {
            host.awaitEvent("connected");
            gone.awaitEvent("connected");

            people().loggedOff(leaving.id(), leaving.uid());
            gone.awaitEvent("kicked");
            assertThat(host.awaitEvent("leave").get("uid").asString()).isEqualTo(leaving.uid());
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM room_invite WHERE account_id = ?", Long.class,
                leaving.id())).isZero();
    }

    @Test
    void signalsFromAnotherReplicaReachThisReplicasConnections() {
        Actor creator = user("creator");
        String roomId = result(creator.app().postJson("/room", "{\"name\": \"x\"}")).get("roomId").asString();
        try (LiveClient host = LiveClient.connect(port, roomId, authorization(creator))) {
            host.awaitEvent("connected");
            String relayed = "{\"replica\": \"another-replica\", \"signal\": {\"roomId\": \"%s\","
                    .formatted(roomId) + " \"connectionId\": null, \"message\": {\"event\": \"role\","
                    + " \"uid\": \"%s\", \"role\": 1}}}".formatted(creator.uid());
            // The relay reads only signals sent after it joined the topic: send until this connection hears one.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
                kafka.send("club-room-service.room-live", roomId, relayed).get();
                return host.poll(m -> "role".equals(m.path("event").asString()));
            });
        }
    }

    private List<String> ids(Actor viewer) {
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : result(viewer.app().get("/room?count=100")).get("list")) {
            ids.add(entry.get("roomId").asString());
        }
        return ids;
    }

    private JsonNode entry(Actor viewer, String roomId) {
        for (JsonNode entry : result(viewer.app().get("/room?count=100")).get("list")) {
            if (entry.get("roomId").asString().equals(roomId)) {
                return entry;
            }
        }
        throw new AssertionError("room " + roomId + " not listed for " + viewer.nickname());
    }

    static String authorization(Actor actor) {
        return TestIdentities.bearer(SuiteIdentity.account(actor.id(), actor.uid(), null, "app",
                Set.of(SuiteIdentity.ROLE_USER), Map.of()));
    }
}
