package com.communitysuite.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.communitysuite.launcher.conformance.Covers;

import tools.jackson.databind.JsonNode;

/**
 * user-service through the gateway, as each surface's clients reach it: app profiles, blocks, cards, uploads into
 * the local store, feedback, reports and link previews; the mp user module with groups, cities, sponsors and counts;
 * campus users and feedback; and a level granted through the admin API showing in the next request's identity.
 */
@ExtendWith(RunningSuite.class)
class UserIT {

    @Test
    @Covers({ "app POST /user/profile/init", "app PUT /user/profile", "app GET /user/{uid}/profile",
            "app POST /user/{uid}/card", "app GET /user/card", "app DELETE /user/{uid}/card", "app POST /user/{uid}/block",
            "app GET /user/block", "app DELETE /user/{uid}/block" })
    void anAppUserInitialisesTheirProfileBlocksSendsCardsAndIsSeenByOthers(Suite suite) {
        AppUser toby = suite.newAppUser();
        AppUser tony = suite.newAppUser();
        awaitProfile(tony);

        Gateway.Answer init = toby.post("/user/profile/init", Map.of("nickname", "Toby", "avatar", "https://cdn.example/a.jpg"));
        Gateway.Answer again = toby.post("/user/profile/init", Map.of("nickname", "Toby", "avatar", "https://cdn.example/a.jpg"));
        Gateway.Answer tooLong = toby.put("/user/profile", Map.of("nickname", "x".repeat(21), "avatar", "a"));
        Gateway.Answer edited = toby.put("/user/profile", Map.of("nickname", "Toby", "avatar", "https://cdn.example/a.jpg",
                "bio", "你好哇..."));
        tony.post("/user/profile/init", Map.of("nickname", "Tony", "avatar", "https://cdn.example/t.jpg"));

        assertThat(init.json().get("status").asInt()).as(init.toString()).isEqualTo(1);
        assertThat(again.json().get("errorCode").asInt()).isEqualTo(200001);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asString()).isEqualTo("Params Not Valid");
        assertThat(edited.json().get("result").get("bio").asString()).isEqualTo("你好哇...");
        assertThat(tony.get("/user/" + toby.uid() + "/profile").json().get("result").get("nickname").asString())
                .isEqualTo("Toby");

        assertThat(toby.post("/user/" + tony.uid() + "/card", Map.of()).json().get("message").asString())
                .isEqualTo("对方已收到你的名片");
        JsonNode holder = tony.get("/user/card", Map.of("count", 10)).json().get("result");
        assertThat(holder.get("list").get(0).get("uid").asString()).isEqualTo(toby.uid());
        assertThat(tony.delete("/user/" + toby.uid() + "/card", Map.of()).json().get("message").asString())
                .isEqualTo("删除成功");

        assertThat(toby.post("/user/" + tony.uid() + "/block", Map.of()).json().get("message").asString())
                .isEqualTo("拉黑成功");
        JsonNode blocked = toby.get("/user/block", Map.of("count", 10)).json().get("result");
        assertThat(blocked.get("list").get(0).get("userProfileResult").get("blocked").asInt()).isEqualTo(1);
        assertThat(toby.get("/user/block", Map.of("count", 0)).status()).isEqualTo(400);
        assertThat(toby.delete("/user/" + tony.uid() + "/block", Map.of()).json().get("message").asString())
                .isEqualTo("取消拉黑成功");
        assertThat(toby.post("/user/" + "0".repeat(32) + "/block", Map.of()).json().get("errorCode").asInt())
                .isEqualTo(200002);
    }

    @Test
    @Covers("app POST /aliyun/image/upload")
    void anAppImageIsUploadedWithThePresignedUrlAndServedAtItsImageUrl(Suite suite) {
        AppUser user = suite.newAppUser();
        awaitProfile(user);
        user.post("/user/profile/init", Map.of("nickname", "uploader", "avatar", "https://cdn.example/a.jpg"));

        JsonNode credential = user.post("/aliyun/image/upload", Map.of("imageDir", "avatar")).json().get("result");
        String uploadAddress = credential.get("uploadAddress").asString();
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10 };

        assertThat(uploadAddress).startsWith(suite.gateway().baseUrl() + "/aliyun/local-store/image/" + user.uid());
        assertThat(put(suite, uploadAddress.replace("Signature=", "Signature=f"), jpeg).status()).isEqualTo(403);
        assertThat(put(suite, uploadAddress, jpeg).status()).isEqualTo(200);
        Gateway.Answer image = suite.gateway().get(credential.get("imageURL").asString()
                .substring(suite.gateway().baseUrl().length()));
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.response().headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(user.post("/aliyun/image/upload", Map.of("imageDir", "secret")).status()).isEqualTo(400);
    }

    @Test
    @Covers({ "app POST /app/feedback", "app POST /app/report", "app POST /app/link/preview/{linkMD5}" })
    void appFeedbackReportsAndLinkPreviews(Suite suite) throws Exception {
        AppUser user = suite.newAppUser();
        awaitProfile(user);

        assertThat(user.post("/app/feedback", Map.of("originFeedbackType", 0, "originId", "-1", "feedbackType", 0,
                "feedbackContent", "闪退了", "feedbackImageList", List.of())).json().get("message").asString())
                .isEqualTo("反馈成功");
        assertThat(user.post("/app/feedback", Map.of("originFeedbackType", 0, "originId", "-1", "feedbackType", 0,
                "feedbackContent", "x".repeat(501))).status()).isEqualTo(400);
        assertThat(user.post("/app/report", Map.of("originReportType", 2, "originId", "room-1", "reportReasonType", 5,
                "reason", "spam")).json().get("message").asString()).isEqualTo("投诉成功");
        assertThat(user.post("/app/report", Map.of("originReportType", 3, "originId", "x", "reportReasonType", 1,
                "reason", "x")).status()).isEqualTo(400);

        String internal = "127.0.0.1:" + suite.portOf("user-service") + "/actuator/health";
        Gateway.Answer preview = user.get("/app/link/preview/" + md5("http://" + internal), Map.of("link", internal));
        assertThat(preview.json().get("status").asInt()).as(preview.toString()).isEqualTo(1);
        assertThat(preview.json().get("result").get("title").asString()).isEmpty();
        assertThat(user.get("/app/link/preview/" + md5("a"), Map.of("link", "b")).status()).isEqualTo(400);
        Gateway.Answer posted = user.post("/app/link/preview/" + md5("http://" + internal), Map.of("link", internal));
        assertThat(posted.json().get("status").asInt()).as("as the document asks it, by POST: " + posted).isEqualTo(1);
    }

    @Test
    @Covers({ "mp PUT /mp/user/{pk}/", "mp GET /mp/userinfo/{pk}/", "mp GET /mp/users_exclude/{pk}/",
            "mp GET /mp/users_include/{pk}/", "mp GET /mp/groups/", "mp GET /mp/sigs/", "mp GET /mp/usergroup/{pk}/",
            "mp POST /mp/groupuser/action/new/", "mp POST /mp/groupuser/action/del/", "mp GET /mp/users_include_city/",
            "mp GET /mp/users_exclude_city/", "mp GET /mp/sponsors/", "mp GET /mp/nonsponsors/",
            "mp POST /mp/sponsor/action/new/", "mp POST /mp/sponsor/action/del/", "mp GET /mp/mycounts/",
            "mp GET /mp/cities/", "mp POST /mp/city/", "mp POST /mp/cityuser/action/new/",
            "mp POST /mp/cityuser/action/del/", "mp POST /mp/usercity/{pk}/" })
    void aLevelGrantedThroughTheAdminApiIsInTheNextRequestsIdentityAndOpensTheMpAdminEndpoints(Suite suite) {
        MpUser admin = suite.newMpUser();
        MpUser member = suite.newMpUser();
        CampusUser superUser = suite.campusAdmin();
        awaitMpProfile(admin);
        awaitMpProfile(member);

        assertThat(admin.get("/mp/sigs/").status()).isEqualTo(403);
        assertThat(member.put("/campus/admin/users/" + member.userId() + "/levels", "{\"level\":3}").status())
                .isIn(401, 403);
        Gateway.Answer granted = superUser.put("/campus/admin/users/" + admin.userId() + "/levels",
                "{\"level\": 3, \"activity_level\": 3}");
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.json().get("level").asInt()).isEqualTo(3);
        assertThat(superUser.get("/campus/admin/users/" + admin.userId() + "/levels").json().get("activity_level")
                .asInt()).isEqualTo(3);

        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> admin.get("/mp/sigs/").status() == 200);
        JsonNode sigs = admin.get("/mp/sigs/").json();
        assertThat(sigs.findValuesAsString("name")).contains("Infrastructure", "Compiler");
        long infrastructure = sigs.findParents("name").stream()
                .filter(g -> g.get("name").asString().equals("Infrastructure")).findFirst().orElseThrow()
                .get("id").asLong();
        assertThat(admin.get("/mp/groups/").json().findValuesAsString("name")).contains("Tech");

        Gateway.Answer added = admin.post("/mp/groupuser/action/new/",
                "{\"ids\": \"" + member.userId() + "\", \"group_id\": " + infrastructure + "}");
        assertThat(added.json().get("msg").asString()).as(added.toString())
                .isEqualTo("Success to add maintainers to the group");
        assertThat(admin.get("/mp/users_include/" + infrastructure + "/").json().get("data")
                .findValuesAsString("nickname")).isNotEmpty();
        assertThat(admin.get("/mp/users_exclude/" + infrastructure + "/?size=5").json().get("size").asInt())
                .isEqualTo(5);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> member.get("/mp/usergroup/" + member.userId() + "/").status() == 200);
        assertThat(member.get("/mp/usergroup/" + member.userId() + "/").json().get(0).get("group_name").asString())
                .isEqualTo("Infrastructure");
        assertThat(member.get("/mp/mycounts/").json().has("created_meetings_count")).isTrue();
        assertThat(admin.post("/mp/groupuser/action/del/",
                "{\"ids\": \"" + member.userId() + "\", \"group_id\": " + infrastructure + "}").json().get("msg")
                .asString()).isEqualTo("successfully deleted");

        JsonNode cities = admin.get("/mp/cities/").json();
        long beijing = cities.findParents("name").stream().filter(c -> c.get("name").asString().equals("北京"))
                .findFirst().orElseThrow().get("id").asLong();
        assertThat(admin.post("/mp/city/", "{\"name\": \"北京\"}").json().get("detail").asString())
                .isEqualTo("添加的城市已经存在，请查看");
        admin.post("/mp/cityuser/action/new/", "{\"ids\": \"" + member.userId() + "\", \"city_id\": " + beijing + "}");
        assertThat(admin.get("/mp/users_include_city/?city=" + beijing).json().get("total").asInt()).isEqualTo(1);
        assertThat(admin.get("/mp/users_exclude_city/").json().get("code").asInt()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> member.get("/mp/usercity/" + member.userId() + "/").status() == 200);
        Gateway.Answer ownCities = member.post("/mp/usercity/" + member.userId() + "/", "{}");
        assertThat(ownCities.status()).as("as the document asks it, by POST: " + ownCities).isEqualTo(200);
        assertThat(ownCities.body()).contains("北京");
        admin.post("/mp/cityuser/action/del/", "{\"ids\": \"" + member.userId() + "\", \"city_id\": " + beijing + "}");

        assertThat(admin.post("/mp/sponsor/action/new/", "{\"ids\": \"" + member.userId() + "\"}").json().get("msg")
                .asString()).isEqualTo("Added successfully");
        assertThat(admin.get("/mp/sponsors/").json().get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(admin.get("/mp/nonsponsors/").status()).isEqualTo(200);
        assertThat(admin.post("/mp/sponsor/action/del/", "{\"ids\": \"" + member.userId() + "\"}").json().get("msg")
                .asString()).isEqualTo("successfully deleted");
        assertThat(admin.post("/mp/sponsor/action/del/", "{\"ids\": \"not-ids\"}").status()).isEqualTo(400);

        assertThat(admin.put("/mp/user/" + member.userId() + "/", "{\"gitee_name\": \"member-g\"}").json()
                .get("gitee_name").asString()).isEqualTo("member-g");
        JsonNode info = member.get("/mp/userinfo/" + member.userId() + "/").json();
        assertThat(info.get("gitee_name").asString()).isEqualTo("member-g");
        assertThat(member.get("/mp/userinfo/" + admin.userId() + "/").status()).isEqualTo(403);
        JsonNode counts = admin.get("/mp/mycounts/").json();
        assertThat(counts.has("published_activities_count")).isTrue();
    }

    @Test
    @Covers({ "campus GET /campus/users/", "campus GET /campus/users/{id}/", "campus PUT /campus/users/{id}/",
            "campus GET /campus/feedbacks/", "campus POST /campus/feedbacks/", "campus DELETE /campus/feedbacks/{id}/",
            "campus DELETE /campus/users/{id}/" })
    void campusUsersAndFeedback(Suite suite) {
        CampusUser user = suite.newCampusUser();
        CampusUser superUser = suite.campusAdmin();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> user.get("/campus/users/" + user.id() + "/").status() == 200);

        Gateway.Answer edited = user.put("/campus/users/" + user.id() + "/", "{\"name\": \"myname\", \"sign\": \"hi\"}");
        Gateway.Answer missing = user.put("/campus/users/" + user.id() + "/", "{\"sign\": \"hi\"}");
        assertThat(edited.json().get("name").asString()).isEqualTo("myname");
        assertThat(missing.json().get("name").get(0).asString()).isEqualTo("该字段是必填项。");
        assertThat(user.get("/campus/users/").status()).isEqualTo(403);
        assertThat(superUser.get("/campus/users/?limit=1").json().get("results")).hasSize(1);

        Gateway.Answer feedback = user.post("/campus/feedbacks/", "{\"content\": \"反馈内容\", \"user\": " + user.id() + "}");
        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(201);
        assertThat(user.post("/campus/feedbacks/", "{}").json().get("content").get(0).asString())
                .isEqualTo("该字段是必填项。");
        assertThat(superUser.get("/campus/feedbacks/").json().findValuesAsString("content")).contains("反馈内容");
        assertThat(superUser.delete("/campus/feedbacks/" + feedback.json().get("id").asLong() + "/").status())
                .isEqualTo(204);
        assertThat(superUser.get("/campus/users/999999999/").status()).isEqualTo(404);

        CampusUser leaving = suite.newCampusUser();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> leaving.get("/campus/users/" + leaving.id() + "/").status() == 200);
        assertThat(user.delete("/campus/users/" + leaving.id() + "/").status()).as("someone else").isEqualTo(403);
        assertThat(leaving.delete("/campus/users/" + leaving.id() + "/").status())
                .as("a super user's, as the original's final version").isEqualTo(403);
        assertThat(superUser.delete("/campus/users/" + leaving.id() + "/").status()).isEqualTo(204);
        assertThat(superUser.get("/campus/users/" + leaving.id() + "/").status()).isEqualTo(404);
        assertThat(superUser.delete("/campus/users/999999999/").status()).isEqualTo(404);
    }

    private static void awaitProfile(AppUser user) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> user.post("/aliyun/image/upload", Map.of("imageDir", "feedback")).json()
                        .path("status").asInt() == 1);
    }

    private static void awaitMpProfile(MpUser user) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> user.get("/mp/userinfo/" + user.userId() + "/").status() == 200);
    }

    private static Gateway.Answer put(Suite suite, String url, byte[] body) {
        return suite.gateway().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
