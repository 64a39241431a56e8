package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.Covers;

import tools.jackson.databind.JsonNode;

/**
 * Voice rooms, scheduled events and H5 share pages through the gateway: signed app requests, the presence WebSocket
 * with the app's authentication on its upgrade request, and pages read without login.
 */
@ExtendWith(RunningSuite.class)
class RoomsIT {

    @Test
    @Covers({ "app POST /room", "app GET /room/{roomId}", "app GET /room", "app POST /room/{roomId}/token",
            "app POST /room/{roomId}/close", "app POST /room/{roomId}/cache", "app POST /room/{roomId}/invite/{uid}",
            "app POST /h5/room/{roomCacheId}" })
    void aRoomsLifeWithPresenceThroughTheGateway(Suite suite) throws Exception {
        AppUser host = withProfile(suite, suite.newAppUser(), "主持人");
        AppUser listener = withProfile(suite, suite.newAppUser(), "听众");
        AppUser friend = withProfile(suite, suite.newAppUser(), "朋友");

        JsonNode created = result(host.post("/room", Map.of("name", "周五夜聊")));
        String roomId = created.get("roomId").asString();
        assertThat(created.get("uid").asString()).isEqualTo(host.uid());
        assertThat(created.get("inviteOnly").asInt()).isZero();
        JsonNode token = result(host.post("/room/" + roomId + "/token", Map.of()));
        assertThat(token.get("token").asString()).startsWith("007");
        assertThat(token.get("role").asInt()).isEqualTo(2);

        try (Live hosting = Live.connect(suite, host, roomId)) {
            // The host is in the room before the listener comes, so the listener's first state counts both.
            assertThat(hosting.await(m -> "connected".equals(m.path("event").asString())).get("you").get("role")
                    .asInt()).isEqualTo(2);
            try (Live listening = Live.connect(suite, listener, roomId)) {
                JsonNode state = listening.await(m -> "connected".equals(m.path("event").asString()));
                assertThat(state.get("you").get("role").asInt()).isZero();
                assertThat(state.get("memberTotal").asInt()).isEqualTo(2);
                hosting.await(m -> "join".equals(m.path("event").asString())
                        && listener.uid().equals(m.path("member").path("uid").asString()));

                JsonNode room = result(listener.get("/room/" + roomId));
                assertThat(room.get("memberTotal").asInt()).isEqualTo(2);
                assertThat(room.get("memberList")).hasSize(2);
                JsonNode list = result(listener.get("/room", Map.of("count", 100)));
                assertThat(list.get("list").findValuesAsString("roomId")).contains(roomId);
                assertThat(result(listener.post("/room/" + roomId + "/token", Map.of())).get("role").asInt()).isZero();

                String cacheId = result(host.post("/room/" + roomId + "/cache", Map.of())).asString();
                JsonNode page = result(suite.gateway().post("/h5/room/" + cacheId, "{}"));
                assertThat(page.get("roomId").asString()).isEqualTo(roomId);
                assertThat(page.get("fromMember").get("nickname").asString()).isEqualTo("主持人");
                assertThat(page.get("closed").asInt()).isZero();

                assertThat(friend.post("/user/" + host.uid() + "/card", Map.of()).json().get("status").asInt())
                        .isEqualTo(1);
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                    host.post("/room/" + roomId + "/invite/" + friend.uid(), Map.of());
                    return friend.get("/user/message", Map.of("count", 10)).json().at("/result/list")
                            .findValuesAsString("url")
                            .contains("chaoqer://room/" + roomId);
                });
                Gateway.Answer invited = host.post("/room/" + roomId + "/invite/" + friend.uid(), Map.of());
                assertThat(invited.json().get("message").asString()).isEqualTo("邀请成功");

                // The room's commands pass the gateway's socket both ways: the host pins and opens the live stage,
                // the audience sees both and is refused a pin of its own.
                hosting.send("{\"event\": \"pin\", \"action\": \"add\", \"tool\": \"image\","
                        + " \"toolData\": \"https://cdn.example.org/slide.png\"}");
                assertThat(listening.await(m -> "pin".equals(m.path("event").asString())).at("/pin/toolData")
                        .asString()).isEqualTo("https://cdn.example.org/slide.png");
                listening.send("{\"event\": \"pin\", \"action\": \"add\", \"tool\": \"link\","
                        + " \"toolData\": \"https://example.org\"}");
                assertThat(listening.await(m -> "error".equals(m.path("event").asString())).has("message")).isTrue();
                hosting.send("{\"event\": \"live\", \"action\": \"open\"}");
                assertThat(listening.await(m -> "live".equals(m.path("event").asString())).path("action").asString())
                        .isEqualTo("open");

                Gateway.Answer notHost = listener.post("/room/" + roomId + "/close", Map.of());
                assertThat(notHost.json().get("errorCode").asInt()).as(notHost.toString()).isEqualTo(400000);
                result(host.post("/room/" + roomId + "/close", Map.of()));
                listening.await(m -> "close".equals(m.path("event").asString()));
            }
        }
        assertThat(host.get("/room/" + roomId).json().get("errorCode").asInt()).isEqualTo(400000);
        assertThat(result(suite.gateway().get("/h5/room/" + cacheIdOf(host, roomId))).get("closed").asInt())
                .isEqualTo(1);
        assertThat(host.post("/room", Map.of("name", "x".repeat(101))).status()).isEqualTo(400);
    }

    @Test
    @Covers({ "app POST /event", "app PUT /event/{eventId}", "app DELETE /event/{eventId}", "app GET /event/{eventId}",
            "app GET /event", "app POST /event/{eventId}/notify", "app POST /event/{eventId}/start",
            "app POST /h5/event/{eventId}" })
    void anEventIsScheduledSubscribedToAndStarted(Suite suite) {
        AppUser host = withProfile(suite, suite.newAppUser(), "嘉宾");
        AppUser subscriber = suite.newAppUser();
        long soon = Instant.now().plus(Duration.ofMinutes(10)).toEpochMilli();

        JsonNode created = result(host.post("/event", Map.of("name", "读书会", "desc", "一起读书", "eventTime", soon,
                "memberUidList", List.of(host.uid()))));
        String eventId = created.get("eventId").asString();
        assertThat(created.get("eventTimeStatus").asInt()).isEqualTo(1);
        JsonNode edited = result(host.put("/event/" + eventId, Map.of("name", "读书会2", "eventTime", soon,
                "memberUidList", List.of(host.uid()))));
        assertThat(edited.get("name").asString()).isEqualTo("读书会2");
        assertThat(result(subscriber.get("/event/" + eventId)).get("notify").asInt()).isZero();
        result(subscriber.post("/event/" + eventId + "/notify", Map.of()));
        assertThat(result(subscriber.get("/event/" + eventId)).get("notify").asInt()).isEqualTo(1);
        assertThat(result(subscriber.get("/event", Map.of("count", 100))).get("list").findValuesAsString("eventId"))
                .contains(eventId);

        Gateway.Answer strangerStarts = subscriber.post("/event/" + eventId + "/start", Map.of());
        assertThat(strangerStarts.json().get("message").asString()).isEqualTo("权限不足");
        JsonNode started = result(host.post("/event/" + eventId + "/start", Map.of()));
        assertThat(started.get("roomId").asString()).matches("[a-f0-9]{32}");
        assertThat(started.get("roomResult").get("name").asString()).isEqualTo("读书会2");
        JsonNode page = result(suite.gateway().get("/h5/event/" + eventId));
        assertThat(page.get("memberList").get(0).get("nickname").asString()).isEqualTo("嘉宾");

        String other = result(host.post("/event", Map.of("name", "取消", "eventTime", soon + 86_400_000L,
                "memberUidList", List.of(host.uid())))).get("eventId").asString();
        result(host.delete("/event/" + other, Map.of()));
        assertThat(host.get("/event/" + other).json().get("errorCode").asInt()).isEqualTo(600000);
        assertThat(host.post("/event", Map.of("name", "n", "eventTime", soon, "memberUidList", List.of())).status())
                .isEqualTo(400);
    }

    @Test
    @Covers({ "app POST /h5/club/{clubId}", "app POST /h5/profile/{uid}", "app POST /h5/weixin/config" })
    void sharePagesAreReadWithoutLogin(Suite suite) {
        AppUser owner = withProfile(suite, suite.newAppUser(), "圈主");
        String clubId = result(owner.post("/club", Map.of("name", "足球圈", "cover", "https://cdn.example/c.jpg")))
                .get("clubId").asString();

        JsonNode club = result(suite.gateway().post("/h5/club/" + clubId, "{}"));
        assertThat(club.get("name").asString()).isEqualTo("足球圈");
        assertThat(club.get("joined").asInt()).isZero();
        JsonNode profile = result(suite.gateway().post("/h5/profile/" + owner.uid(), "{}"));
        assertThat(profile.get("nickname").asString()).isEqualTo("圈主");
        JsonNode config = result(suite.gateway().post("/h5/weixin/config?url=https://h5.example/club/" + clubId, "{}"));
        assertThat(config.get("signature").asString()).matches("[a-f0-9]{40}");
        assertThat(config.get("url").asString()).isEqualTo("https://h5.example/club/" + clubId);
        assertThat(suite.gateway().get("/h5/profile/" + "0".repeat(32)).json().get("errorCode").asInt())
                .isEqualTo(200002);
    }

    /** A user with a profile, once club-room-service heard of it (user-service's event, read on its H5 page). */
    private AppUser withProfile(Suite suite, AppUser user, String nickname) {
        Gateway.Answer init = user.post("/user/profile/init", Map.of("nickname", nickname,
                "avatar", "https://cdn.example/a.jpg"));
        assertThat(init.json().get("status").asInt()).as(init.toString()).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> nickname.equals(suite.gateway().get("/h5/profile/" + user.uid()).json()
                        .at("/result/nickname").asString("")));
        return user;
    }

    private static String cacheIdOf(AppUser user, String roomId) {
        return result(user.post("/room/" + roomId + "/cache", Map.of())).asString();
    }

    private static JsonNode result(Gateway.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("status").asInt()).as(answer.toString()).isEqualTo(1);
        return answer.json().get("result");
    }

    /** A presence connection through the gateway: the upgrade request signed as any app GET. */
    static final class Live implements AutoCloseable {

        private final WebSocket socket;
        private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        private final List<JsonNode> skipped = new ArrayList<>();

        private Live(WebSocket.Builder builder, URI uri) {
            this.socket = builder.buildAsync(uri, new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        received.add(Gateway.JSON.readTree(text.toString()));
                        text.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                }
            }).join();
        }

        static Live connect(Suite suite, AppUser user, String roomId) {
            long ts = System.currentTimeMillis();
            String sign = AppUser.sign(Map.of("ts", ts), user.accessSecret());
            URI uri = URI.create(suite.gateway().baseUrl().replaceFirst("^http", "ws") + "/room/" + roomId
                    + "/live?ts=" + ts + "&sign=" + sign);
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10)).header("Authorization", user.basic())
                    .header("Client-Type", "1").header("Version-Name", "0.1.7").header("Version-Code", "19");
            return new Live(builder, uri);
        }

        void send(String json) {
            socket.sendText(json, true).join();
        }

        JsonNode await(Predicate<JsonNode> matching) throws InterruptedException {
            for (JsonNode message : skipped) {
                if (matching.test(message)) {
                    skipped.remove(message);
                    return message;
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                JsonNode message = received.poll(100, TimeUnit.MILLISECONDS);
                if (message == null) {
                    continue;
                }
                if (matching.test(message)) {
                    return message;
                }
                skipped.add(message);
            }
            throw new AssertionError("no matching message; got " + skipped);
        }

        @Override
        public void close() {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
            }
        }
    }
}
