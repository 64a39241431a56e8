package com.communitysuite.clubroom.h5;

import static com.communitysuite.clubroom.room.RoomFlowAnswers.assertFailure;
import static com.communitysuite.clubroom.room.RoomFlowAnswers.result;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.support.Actor;
import com.communitysuite.clubroom.support.ClubRoomFlowTest;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;

import tools.jackson.databind.JsonNode;

/** The H5 share pages without login, and with a visitor who is an account. */
class H5FlowTest extends ClubRoomFlowTest {

    @Test
    void aClubAndAProfileReadWithoutLoginAndPersonalisedForAnAccount() {
        Actor owner = user("owner");
        Actor fan = user("fan");
        TestHttp anonymous = TestHttp.at(port).withIdentity(TestIdentities.anonymous("app"));
        String clubId = result(owner.app().postJson("/club", "{\"name\": \"足球圈\", \"cover\": \"c\"}")).get("clubId")
                .asString();

        JsonNode club = result(anonymous.get("/h5/club/" + clubId));
        assertThat(club.get("name").asString()).isEqualTo("足球圈");
        assertThat(club.get("memberTotal").asInt()).isEqualTo(1);
        assertThat(club.get("joined").asInt()).isZero();
        assertThat(result(owner.app().postJson("/h5/club/" + clubId, "{}")).get("joined").asInt()).isEqualTo(1);
        assertFailure(anonymous.get("/h5/club/" + "b".repeat(32)), 500000, "圈子不存在");

        people().cardSent(fan.id(), owner.id());
        JsonNode profile = result(anonymous.postJson("/h5/profile/" + owner.uid(), "{}"));
        assertThat(profile.get("nickname").asString()).isEqualTo("owner");
        assertThat(profile.get("cardTotal").asLong()).isEqualTo(1);
        assertThat(profile.get("blocked").asInt()).isZero();
        assertThat(profile.get("sendCard").asInt()).isZero();
        assertThat(result(fan.app().get("/h5/profile/" + owner.uid())).get("sendCard").asInt()).isEqualTo(1);
        assertFailure(anonymous.get("/h5/profile/" + "c".repeat(32)), 200002, "用户不存在");
        assertFailure(anonymous.get("/h5/event/" + "d".repeat(32)), 600000, "日程不存在");
    }

    @Test
    void theWeixinConfigIsSignedForTheUrlWithTheLocalStandInsTicket() {
        TestHttp anonymous = TestHttp.at(port).withIdentity(TestIdentities.anonymous("app"));
        String url = "https://h5.example/room/abc?from=1";
        JsonNode config = result(anonymous.get("/h5/weixin/config?url=" + url + "%23share"));

        assertThat(config.get("url").asString()).isEqualTo(url + "#share");
        assertThat(config.get("appId").asString()).isEqualTo(LocalJsApiTickets.APP_ID);
        assertThat(config.get("jsapi_ticket").asString()).isEqualTo(LocalJsApiTickets.TICKET);
        assertThat(config.get("nonceStr").asString()).matches("[a-f0-9]{32}");
        assertThat(config.get("signature").asString()).isEqualTo(JsSdkSignature.sign(LocalJsApiTickets.TICKET,
                config.get("nonceStr").asString(), Long.parseLong(config.get("timestamp").asString()), url));

        assertThat(anonymous.get("/h5/weixin/config").status()).isEqualTo(400);
        assertThat(anonymous.get("/h5/weixin/config?url=javascript:alert(1)").status()).isEqualTo(400);
    }
}
