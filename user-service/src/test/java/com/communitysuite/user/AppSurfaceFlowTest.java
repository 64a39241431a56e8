package com.communitysuite.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestHttp.Answer;
import com.communitysuite.platform.test.TestIdentities;

import tools.jackson.databind.JsonNode;

/** The app surface's user endpoints in the running service, on PostgreSQL and Kafka. */
@ServiceIntegrationTest
class AppSurfaceFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    TestUsers users;

    @BeforeEach
    void users() {
        users = new TestUsers(jdbc, port);
    }

    @Test
    void aNewAppUserInitialisesOnceThenEditsAndOthersSeeTheProfile() {
        TestUsers.User toby = users.create("USER_new", false);
        TestUsers.User viewer = users.create("viewer");
        TestHttp app = toby.http("app");

        Answer hidden = viewer.http("app").get("/user/" + toby.uid() + "/profile");
        Answer init = app.postJson("/user/profile/init", """
                {"nickname": "Toby", "avatar": "https://cdn.example/a.jpg", "ts": 1, "sign": "x"}""");
        Answer again = app.postJson("/user/profile/init", """
                {"nickname": "Toby", "avatar": "https://cdn.example/a.jpg"}""");
        Answer edited = app.putJson("/user/profile", """
                {"nickname": "Toby 2", "avatar": "https://cdn.example/b.jpg", "bio": "你好哇..."}""");
        Answer seen = viewer.http("app").get("/user/" + toby.uid() + "/profile");

        assertThat(hidden.json().get("errorCode").asInt()).isEqualTo(200002);
        assertThat(init.json().get("status").asInt()).as(init.body()).isEqualTo(1);
        assertThat(init.json().get("result").get("nickname").asString()).isEqualTo("Toby");
        assertThat(again.json().get("status").asInt()).isZero();
        assertThat(again.json().get("errorCode").asInt()).isEqualTo(200001);
        assertThat(edited.json().get("result").get("bio").asString()).isEqualTo("你好哇...");
        assertThat(seen.json().get("result").get("nickname").asString()).isEqualTo("Toby 2");
        assertThat(seen.json().get("result").get("blocked").asInt()).isZero();
        JsonNode event = PublishedEvents.await(kafka, "user.profile-changed",
                data -> data.get("uid").asString().equals(toby.uid()) && data.get("nickname").asString().equals("Toby 2"));
        assertThat(event.get("data").get("initialised").asBoolean()).isTrue();
    }

    @Test
    void badProfileInputIsAnApp400NamingTheField() {
        TestHttp app = users.create("someone").http("app");

        Answer tooLong = app.putJson("/user/profile", """
                {"nickname": "一二三四五六七八九十一二三四五六七八九十一", "avatar": "a"}""");
        Answer noAvatar = app.putJson("/user/profile", "{\"nickname\": \"ok\"}");
        Answer malformed = app.putJson("/user/profile", "{\"nickname\": ");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asString()).isEqualTo("Params Not Valid");
        assertThat(tooLong.json().get("errors").get("nickname").get(0).asString()).isEqualTo("设置的名字不能超过20个字");
        assertThat(noAvatar.json().get("errors").has("avatar")).isTrue();
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void blockingShowsInTheListAndTheProfileAndHidesTheBlockedUsersCard() {
        TestUsers.User me = users.create("me");
        TestUsers.User tony = users.create("Tony");
        TestUsers.User amy = users.create("Amy");

        Answer self = me.http("app").postJson("/user/" + me.uid() + "/block", "{}");
        assertThat(self.json().get("status").asInt()).isZero();
        assertThat(self.json().get("message").asString()).isEqualTo("无法屏蔽自己");
        assertThat(me.http("app").postJson("/user/" + tony.uid() + "/block", "{}").json().get("message").asString())
                .isEqualTo("拉黑成功");
        me.http("app").postJson("/user/" + tony.uid() + "/block", "{}");
        me.http("app").postJson("/user/" + amy.uid() + "/block", "{}");

        JsonNode first = me.http("app").get("/user/block?count=1").json().get("result");
        String lastId = first.get("list").get(0).get("sequenceId").asString();
        JsonNode second = me.http("app").get("/user/block?count=10&lastId=" + lastId).json().get("result");
        assertThat(first.get("list").get(0).get("uid").asString()).isEqualTo(amy.uid());
        assertThat(first.get("list").get(0).get("userProfileResult").get("blocked").asInt()).isEqualTo(1);
        assertThat(second.get("list")).hasSize(1);
        assertThat(second.get("list").get(0).get("uid").asString()).isEqualTo(tony.uid());
        assertThat(me.http("app").get("/user/" + tony.uid() + "/profile").json().get("result").get("blocked").asInt())
                .isEqualTo(1);

        assertThat(tony.http("app").postJson("/user/" + me.uid() + "/card", "{}").json().get("status").asInt())
                .isEqualTo(1);
        assertThat(me.http("app").get("/user/card?count=10").json().get("result").get("list")).isEmpty();

        assertThat(me.http("app").delete("/user/" + tony.uid() + "/block").json().get("message").asString())
                .isEqualTo("取消拉黑成功");
        PublishedEvents.await(kafka, "user.unblocked", data -> data.get("uid").asString().equals(me.uid()));
        assertThat(me.http("app").get("/user/block?count=0").status()).isEqualTo(400);
        assertThat(me.http("app").get("/user/block?count=5&lastId=nonsense").status()).isEqualTo(400);
        assertThat(me.http("app").postJson("/user/" + "0".repeat(32) + "/block", "{}").json().get("errorCode").asInt())
                .isEqualTo(200002);
    }

    @Test
    void aCardIsSentOnceShownInTheReceiversHolderAndRemovable() {
        TestUsers.User sender = users.create("小明");
        TestUsers.User receiver = users.create("receiver");

        Answer sent = sender.http("app").postJson("/user/" + receiver.uid() + "/card", "{}");
        sender.http("app").postJson("/user/" + receiver.uid() + "/card", "{}");
        JsonNode holder = receiver.http("app").get("/user/card?count=10").json().get("result");
        JsonNode senderSeen = receiver.http("app").get("/user/" + sender.uid() + "/profile").json().get("result");
        JsonNode receiverSeen = sender.http("app").get("/user/" + receiver.uid() + "/profile").json().get("result");

        assertThat(sent.json().get("message").asString()).isEqualTo("对方已收到你的名片");
        assertThat(holder.get("list")).hasSize(1);
        assertThat(holder.get("list").get(0).get("uid").asString()).isEqualTo(sender.uid());
        assertThat(receiverSeen.get("sendCard").asInt()).isEqualTo(1);
        assertThat(receiverSeen.get("cardTotal").asInt()).isEqualTo(1);
        assertThat(senderSeen.get("sendCard").asInt()).isZero();
        JsonNode event = PublishedEvents.await(kafka, "card.sent",
                data -> data.get("toUid").asString().equals(receiver.uid()));
        assertThat(event.get("data").get("fromNickname").asString()).isEqualTo("小明");

        assertThat(receiver.http("app").delete("/user/" + sender.uid() + "/card").json().get("message").asString())
                .isEqualTo("删除成功");
        assertThat(receiver.http("app").get("/user/card?count=10").json().get("result").get("list")).isEmpty();
        PublishedEvents.await(kafka, "card.withdrawn", data -> data.get("toUid").asString().equals(receiver.uid()));
        assertThat(sender.http("app").postJson("/user/" + sender.uid() + "/card", "{}").json().get("message")
                .asString()).isEqualTo("无法发送名片给自己");
    }

    @Test
    void feedbackAndReportsAreKeptOnceAndAnnounced() {
        TestUsers.User reporter = users.create("reporter");
        TestUsers.User target = users.create("target");
        TestHttp app = reporter.http("app");

        Answer feedback = app.postJson("/app/feedback", """
                {"originFeedbackType": 0, "originId": "x", "feedbackType": 0, "feedbackContent": "闪退了",
                 "feedbackImageList": ["https://cdn.example/1.jpg"]}""");
        Answer tooManyImages = app.postJson("/app/feedback", """
                {"originFeedbackType": 0, "originId": "x", "feedbackType": 0, "feedbackContent": "a",
                 "feedbackImageList": ["1", "2", "3", "4"]}""");
        Answer report = app.postJson("/app/report", """
                {"originReportType": 1, "originId": "%s", "reportReasonType": 2, "reason": "spam"}"""
                .formatted(target.uid()));
        app.postJson("/app/report", """
                {"originReportType": 1, "originId": "%s", "reportReasonType": 2, "reason": "spam"}"""
                .formatted(target.uid()));
        Answer badReason = app.postJson("/app/report", """
                {"originReportType": 1, "originId": "x", "reportReasonType": 6, "reason": "spam"}""");

        assertThat(feedback.json().get("message").asString()).isEqualTo("反馈成功");
        assertThat(tooManyImages.status()).isEqualTo(400);
        assertThat(tooManyImages.json().get("errors").get("feedbackImageList").get(0).asString())
                .isEqualTo("至多添加三张图片");
        assertThat(report.json().get("message").asString()).isEqualTo("投诉成功");
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report WHERE account_id = ?", Long.class,
                reporter.accountId())).isEqualTo(1);
        JsonNode reported = PublishedEvents.await(kafka, "report.submitted",
                data -> data.get("sourceId").asString().equals(target.uid()));
        assertThat(reported.get("data").get("reason").asString()).isEqualTo("色情淫秽");
    }

    @Test
    void anUploadCredentialIsAPresignedPutTheLocalStoreAcceptsOnceAndServesBack() throws Exception {
        TestUsers.User user = users.create("uploader");

        Answer credential = user.http("app").postJson("/aliyun/image/upload", "{\"imageDir\": \"avatar\"}");
        Answer wrongDir = user.http("app").postJson("/aliyun/image/upload", "{\"imageDir\": \"secret\"}");

        JsonNode result = credential.json().get("result");
        String imageId = result.get("imageId").asString();
        assertThat(imageId).matches("[a-f0-9]{32}");
        assertThat(result.get("imageURL").asString())
                .isEqualTo("http://localhost:8080/aliyun/local-store/image/" + user.uid() + "/avatar/" + imageId + ".jpg");
        assertThat(wrongDir.status()).isEqualTo(400);
        assertThat(wrongDir.json().get("errors").get("imageDir").get(0).asString()).isEqualTo("imageDir类型不存在");

        String upload = result.get("uploadAddress").asString().replace("http://localhost:8080", "");
        TestHttp gatewayLike = TestHttp.at(port).withIdentity(TestIdentities.anonymous("app"));
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0x02 };
        assertThat(put(gatewayLike, upload, "image/jpeg", jpeg).status()).isEqualTo(200);
        assertThat(put(gatewayLike, upload.replace("Signature=", "Signature=0"), "image/jpeg", jpeg).status())
                .isEqualTo(403);
        assertThat(put(gatewayLike, upload, "text/html", jpeg).status()).isEqualTo(403);
        assertThat(put(gatewayLike, upload, "image/jpeg", new byte[2048]).status()).isEqualTo(413);

        Answer served = gatewayLike.get("/aliyun/local-store/image/" + user.uid() + "/avatar/" + imageId + ".jpg");
        assertThat(served.status()).isEqualTo(200);
        assertThat(gatewayLike.get("/aliyun/local-store/image/none.jpg").status()).isEqualTo(404);
    }

    @Test
    void aLinkPreviewIsAnsweredFromTheCacheEmptyWhenItCannotBeFetchedAndTheMd5MustMatch() throws Exception {
        TestHttp app = users.create("reader").http("app");
        String kept = md5("https://blog.example/post");
        jdbc.update("INSERT INTO link_preview VALUES (?, 'https://blog.example/post', '创业路上', 'desc',"
                + " 'https://blog.example/a.jpg', now()) ON CONFLICT DO NOTHING", kept);

        Answer cached = app.get("/app/link/preview/" + kept);
        Answer internal = app.postJson("/app/link/preview/" + md5("http://127.0.0.1/admin"),
                "{\"link\": \"127.0.0.1/admin\"}");
        Answer mismatch = app.get("/app/link/preview/" + md5("a") + "?link=b");
        Answer notMd5 = app.get("/app/link/preview/XYZ");

        assertThat(cached.json().get("result").get("title").asString()).isEqualTo("创业路上");
        assertThat(internal.json().get("status").asInt()).isEqualTo(1);
        assertThat(internal.json().get("result").get("title").asString()).isEmpty();
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(notMd5.status()).isEqualTo(400);
    }

    private Answer put(TestHttp http, String pathAndQuery, String contentType, byte[] body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
