package com.communitysuite.clubroom.room;

import static com.communitysuite.clubroom.room.RoomFlowAnswers.result;
import static com.communitysuite.clubroom.room.RoomFlowTest.authorization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;

import tools.jackson.databind.JsonNode;

/** The presence channel's commands beyond roles: mute, tools, pins and the live stage, with real connections. */
class RoomCommandsFlowTest extends ClubRoomFlowTest {

    private static final String IMAGE = "https://img.example/slide-1.png";
    private static final String LINK = "https://example.com/agenda";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoomLive live;

    @Test
    void aHostMutesASpeakerAndEveryoneSeesIt() {
        Actor creator = user("creator");
        Actor talker = user("talker");
        Actor listener = user("listener");
        String roomId = room(creator);
        try (LiveClient host = connect(creator, roomId); LiveClient speaker = connect(talker, roomId);
                LiveClient audience = connect(listener, roomId)) {
            makeSpeaker(host, speaker, talker);

            host.send(mute(talker));
            for (LiveClient everyone : new LiveClient[] { host, speaker, audience }) {
                JsonNode muted = everyone.awaitEvent("mute");
                assertThat(muted.get("uid").asString()).isEqualTo(talker.uid());
                assertThat(muted.get("by").asString()).isEqualTo(creator.uid());
            }

            audience.send(mute(talker));
            assertError(audience, "权限不足");
            speaker.send(mute(creator));
            assertError(speaker, "权限不足");
            host.send(mute(listener));
            assertError(host, "权限不足");
            host.send("{\"event\": \"mute\", \"uid\": 12}");
            assertError(host, "参数错误");
            host.send("{\"event\": \"mute\"}");
            assertError(host, "参数错误");
            host.send(mute(user("elsewhere")));
            assertThat(host.awaitEvent("error").get("errorCode").asInt()).as("not in the room").isEqualTo(400000);
        }
    }

    @Test
    void aSpeakerShowsAnImageAndClearsItAndTheAudienceShowsNothing() {
        Actor creator = user("creator");
        Actor talker = user("talker");
        Actor listener = user("listener");
        String roomId = room(creator);
        try (LiveClient host = connect(creator, roomId); LiveClient speaker = connect(talker, roomId);
                LiveClient audience = connect(listener, roomId)) {
            makeSpeaker(host, speaker, talker);

            speaker.send(tool("image", IMAGE));
            JsonNode shown = audience.awaitEvent("tool");
            assertThat(shown.get("action").asString()).isEqualTo("image");
            assertThat(shown.get("uid").asString()).isEqualTo(talker.uid());
            assertThat(shown.get("toolData").asString()).isEqualTo(IMAGE);
            JsonNode member = member(sync(audience), talker);
            assertThat(member.get("tool").asString()).isEqualTo("image");
            assertThat(member.get("toolData").asString()).isEqualTo(IMAGE);

            speaker.send("{\"event\": \"tool\", \"action\": \"clear\", \"toolData\": \"https://img.example/old.png\"}");
            assertThat(member(sync(speaker), talker).get("toolData").asString())
                    .as("a clear naming another image takes nothing down").isEqualTo(IMAGE);
            speaker.send("{\"event\": \"tool\", \"action\": \"clear\"}");
            JsonNode cleared = host.await(m -> "tool".equals(m.path("event").asString())
                    && "clear".equals(m.path("action").asString()));
            assertThat(cleared.get("uid").asString()).isEqualTo(talker.uid());
            assertThat(cleared.get("tool").asString()).isEqualTo("image");
            assertThat(cleared.get("toolData").asString()).isEqualTo(IMAGE);
            assertThat(member(sync(audience), talker).has("tool")).isFalse();

            audience.send(tool("link", LINK));
            assertError(audience, "权限不足");
            speaker.send(tool("link", "javascript:alert(1)"));
            assertError(speaker, "链接格式不正确");
            speaker.send(tool("link", "https://example.com/" + "a".repeat(600)));
            assertError(speaker, "内容过长");
            speaker.send(tool("sticker", "x"));
            assertError(speaker, "参数错误");
            speaker.send("{\"event\": \"tool\", \"action\": \"image\", \"toolData\": 42}");
            assertError(speaker, "参数错误");
            speaker.send("{\"event\": \"tool\", \"action\": \"image\"}");
            assertError(speaker, "参数错误");
            speaker.send("{\"event\": \"tool\", \"action\": \"clear\", \"toolData\": []}");
            assertError(speaker, "参数错误");

            speaker.send(tool("link", LINK));
            host.await(m -> "tool".equals(m.path("event").asString()) && "link".equals(m.path("action").asString()));
            host.send("{\"event\": \"role\", \"uid\": \"%s\", \"role\": 0}".formatted(talker.uid()));
            JsonNode dropped = audience.await(m -> "clear".equals(m.path("action").asString())
                    && LINK.equals(m.path("toolData").asString()));
            assertThat(dropped.get("uid").asString()).as("the audience shows nothing").isEqualTo(talker.uid());
            assertThat(member(sync(audience), talker).has("tool")).isFalse();

            speaker.send("{\"event\": \"tool\", \"action\": \"icon\", \"toolData\": \"" + "x".repeat(5000) + "\"}");
            await("a frame over the limit closes the connection").atMost(Duration.ofSeconds(5))
                    .until(speaker::closedByServer);
            assertThat(host.awaitEvent("leave").get("uid").asString()).isEqualTo(talker.uid());
        }
    }

    @Test
    void anIconGoesAwayByItselfOnceItsTimeIsUp() {
        Actor creator = user("creator");
        Actor listener = user("listener");
        String roomId = room(creator);
        try (LiveClient host = connect(creator, roomId); LiveClient audience = connect(listener, roomId)) {
            host.send(tool("icon", "clap"));
            JsonNode icon = audience.awaitEvent("tool");
            assertThat(icon.get("action").asString()).isEqualTo("icon");
            assertThat(icon.get("toolData").asString()).isEqualTo("clap");
            assertThat(member(sync(audience), creator).get("icon").asString()).isEqualTo("clap");

            jdbc.update("UPDATE room_participant SET icon_expires_at = now() - interval '1 second'"
                    + " WHERE uid = ? AND room_pk = (SELECT id FROM room WHERE room_id = ?)", creator.uid(), roomId);
            assertThat(member(sync(audience), creator).has("icon")).as("an icon past its time is not shown")
                    .isFalse();
            live.clearExpiredIcons();
            JsonNode cleared = audience.await(m -> "clear".equals(m.path("action").asString()));
            assertThat(cleared.get("uid").asString()).isEqualTo(creator.uid());
            assertThat(cleared.get("tool").asString()).isEqualTo("icon");
            assertThat(cleared.get("toolData").asString()).isEqualTo("clap");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM room_participant WHERE icon IS NOT NULL"
                    + " AND room_pk = (SELECT id FROM room WHERE room_id = ?)", Long.class, roomId)).isZero();
        }
    }

    @Test
    void onlyAHostPinsAndPinningASpeakersImageTakesItFromThem() {
        Actor creator = user("creator");
        Actor talker = user("talker");
        Actor listener = user("listener");
        String roomId = room(creator);
        try (LiveClient host = connect(creator, roomId); LiveClient speaker = connect(talker, roomId);
                LiveClient audience = connect(listener, roomId)) {
            makeSpeaker(host, speaker, talker);

            audience.send(pin("link", LINK, null));
            assertError(audience, "权限不足");
            speaker.send(pin("link", LINK, null));
            assertError(speaker, "权限不足");

            speaker.send(tool("image", IMAGE));
            host.awaitEvent("tool");
            host.send(pin("image", IMAGE, talker.uid()));
            JsonNode added = audience.awaitEvent("pin");
            assertThat(added.get("action").asString()).isEqualTo("add");
            JsonNode pin = added.get("pin");
            assertThat(pin.get("pinId").asString()).isEqualTo(Pin.idOf(IMAGE));
            assertThat(pin.get("tool").asString()).isEqualTo("image");
            assertThat(pin.get("toolData").asString()).isEqualTo(IMAGE);
            assertThat(pin.get("uid").asString()).isEqualTo(talker.uid());
            assertThat(pin.get("by").asString()).isEqualTo(creator.uid());
            assertThat(pin.get("createTime").asLong()).isPositive();
            JsonNode taken = audience.await(m -> "clear".equals(m.path("action").asString()));
            assertThat(taken.get("uid").asString()).as("pinned, no longer shown by them").isEqualTo(talker.uid());
            assertThat(sync(audience).get("pinList")).hasSize(1);

            host.send(pin("icon", "clap", null));
            assertError(host, "参数错误");
            host.send(pin("link", "ftp://example.com/a", null));
            assertError(host, "链接格式不正确");
            host.send("{\"event\": \"pin\", \"action\": \"add\", \"tool\": \"link\"}");
            assertError(host, "参数错误");
            host.send("{\"event\": \"pin\", \"action\": \"add\", \"tool\": \"link\", \"toolData\": \"%s\", \"uid\": 7}"
                    .formatted(LINK));
            assertError(host, "参数错误");
            host.send("{\"event\": \"pin\", \"action\": \"move\"}");
            assertError(host, "参数错误");
            host.send("{\"event\": \"pin\", \"action\": \"remove\", \"pinId\": \"../x\"}");
            assertError(host, "参数错误");
            audience.send("{\"event\": \"pin\", \"action\": \"remove\", \"pinId\": \"%s\"}".formatted(Pin.idOf(IMAGE)));
            assertError(audience, "权限不足");

            host.send("{\"event\": \"pin\", \"action\": \"remove\", \"pinId\": \"%s\"}".formatted(Pin.idOf(IMAGE)));
            JsonNode removed = speaker.await(m -> "pin".equals(m.path("event").asString())
                    && "remove".equals(m.path("action").asString()));
            assertThat(removed.get("pinId").asString()).isEqualTo(Pin.idOf(IMAGE));
            assertThat(sync(audience).get("pinList")).isEmpty();
        }
    }

    @Test
    void theLiveStageOpensTakesOneUpAtATimeAndCloses() {
        Actor creator = user("creator");
        Actor talker = user("talker");
        Actor listener = user("listener");
        String roomId = room(creator);
        try (LiveClient host = connect(creator, roomId); LiveClient speaker = connect(talker, roomId);
                LiveClient audience = connect(listener, roomId)) {
            makeSpeaker(host, speaker, talker);

            speaker.send(live("up"));
            assertError(speaker, "直播未开启");
            speaker.send(live("open"));
            assertError(speaker, "权限不足");
            host.send(live("open"));
            assertThat(audience.awaitEvent("live").get("action").asString()).isEqualTo("open");
            host.send(live("open"));
            assertError(host, "直播已开启");

            speaker.send(live("up"));
            JsonNode up = audience.awaitEvent("live");
            assertThat(up.get("action").asString()).isEqualTo("up");
            assertThat(up.get("uid").asString()).isEqualTo(talker.uid());
            assertThat(sync(audience).get("live").get("action").asString()).isEqualTo("up");
            host.send(live("up"));
            assertError(host, "已有人在直播");
            audience.send(live("down"));
            assertError(audience, "权限不足");

            speaker.send(live("down"));
            JsonNode down = audience.awaitEvent("live");
            assertThat(down.get("action").asString()).isEqualTo("down");
            assertThat(down.get("uid").asString()).isEqualTo(talker.uid());
            speaker.send(live("up"));
            audience.awaitEvent("live");
            host.send("{\"event\": \"role\", \"uid\": \"%s\", \"role\": 0}".formatted(talker.uid()));
            JsonNode offStage = audience.awaitEvent("live");
            assertThat(offStage.get("action").asString()).as("the audience is not on the stage").isEqualTo("down");
            assertThat(offStage.get("uid").asString()).isEqualTo(talker.uid());
            assertThat(offStage.get("by").asString()).isEqualTo(creator.uid());

            host.send(live("up"));
            audience.awaitEvent("live");
            audience.send(live("dance"));
            assertError(audience, "参数错误");
            host.send(live("close"));
            JsonNode closed = audience.awaitEvent("live");
            assertThat(closed.get("action").asString()).isEqualTo("close");
            assertThat(sync(audience).get("live").isNull()).isTrue();
            host.send(live("close"));
            assertError(host, "直播未开启");
        }
    }

    @Test
    void aNewcomerReceivesThePinsAndTheLiveStageAndClosingTheRoomDropsThem() {
        Actor creator = user("creator");
        Actor talker = user("talker");
        Actor newcomer = user("newcomer");
        String roomId = room(creator);
        try (LiveClient host = connect(creator, roomId); LiveClient speaker = connect(talker, roomId)) {
            makeSpeaker(host, speaker, talker);
            host.send(pin("link", LINK, null));
            host.awaitEvent("pin");
            host.send(live("open"));
            host.awaitEvent("live");
            speaker.send(live("up"));
            host.awaitEvent("live");

            try (LiveClient late = LiveClient.connect(port, roomId, authorization(newcomer))) {
                JsonNode connected = late.awaitEvent("connected");
                assertThat(connected.get("pinList")).hasSize(1);
                assertThat(connected.get("pinList").get(0).get("toolData").asString()).isEqualTo(LINK);
                assertThat(connected.get("live").get("action").asString()).isEqualTo("up");
                assertThat(connected.get("live").get("uid").asString()).isEqualTo(talker.uid());

                speaker.close();
                JsonNode down = late.awaitEvent("live");
                assertThat(down.get("action").asString()).as("the one up left").isEqualTo("down");
                assertThat(down.get("uid").asString()).isEqualTo(talker.uid());

                assertThat(creator.app().postJson("/room/" + roomId + "/close", "{}").json().get("status").asInt())
                        .isEqualTo(1);
                late.awaitEvent("close");
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM room_pin WHERE room_pk = (SELECT id FROM room"
                + " WHERE room_id = ?)", Long.class, roomId)).isZero();
        assertThat(jdbc.queryForObject("SELECT live_stage IS NULL FROM room WHERE room_id = ?", Boolean.class,
                roomId)).isTrue();
    }

    private String room(Actor creator) {
        return result(creator.app().postJson("/room", "{\"name\": \"commands\"}")).get("roomId").asString();
    }

    private LiveClient connect(Actor actor, String roomId) {
        LiveClient client = LiveClient.connect(port, roomId, authorization(actor));
        client.awaitEvent("connected");
        return client;
    }

    /** The host invites the audience member to speak and they take the stage as a speaker. */
    private static void makeSpeaker(LiveClient host, LiveClient member, Actor actor) {
        host.send("{\"event\": \"invite\", \"action\": \"response\", \"uid\": \"%s\"}".formatted(actor.uid()));
        member.await(m -> "response".equals(m.path("action").asString()));
        member.send("{\"event\": \"role\", \"uid\": \"%s\", \"role\": 1}".formatted(actor.uid()));
        host.await(m -> "role".equals(m.path("event").asString()) && actor.uid().equals(m.path("uid").asString())
                && m.path("role").asInt() == 1);
    }

    private static JsonNode sync(LiveClient client) {
        client.send("{\"event\": \"sync\"}");
        return client.awaitEvent("connected");
    }

    private static JsonNode member(JsonNode state, Actor actor) {
        for (JsonNode member : state.get("memberList")) {
            if (member.get("uid").asString().equals(actor.uid())) {
                return member;
            }
        }
        throw new AssertionError(actor.nickname() + " not in " + state);
    }

    private static void assertError(LiveClient client, String message) {
        JsonNode error = client.awaitEvent("error");
        assertThat(error.get("message").asString()).as(error.toString()).isEqualTo(message);
        assertThat(error.get("errorCode").asInt()).isZero();
    }

    private static String mute(Actor target) {
        return "{\"event\": \"mute\", \"uid\": \"%s\"}".formatted(target.uid());
    }

    private static String tool(String action, String data) {
        return "{\"event\": \"tool\", \"action\": \"%s\", \"toolData\": \"%s\"}".formatted(action, data);
    }

    private static String pin(String tool, String data, String fromUid) {
        return "{\"event\": \"pin\", \"action\": \"add\", \"tool\": \"%s\", \"toolData\": \"%s\"%s}".formatted(tool,
                data, fromUid == null ? "" : ", \"uid\": \"" + fromUid + "\"");
    }

    private static String live(String action) {
        return "{\"event\": \"live\", \"action\": \"%s\"}".formatted(action);
    }
}
