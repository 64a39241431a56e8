package com.communitysuite.notification.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.communitysuite.platform.test.MutableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** Subscription messages as WeChat answers them, with the access token fetched once and kept. */
class WechatApiGatewayTest {

    static final WireMockServer wechat = new WireMockServer(options().dynamicPort());
    final MutableClock clock = new MutableClock();
    WechatApiGateway gateway;

    @BeforeAll
    static void start() {
        wechat.start();
    }

    @AfterAll
    static void stop() {
        wechat.stop();
    }

    @BeforeEach
    void gateway() {
        wechat.resetAll();
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(okJson(
                "{\"access_token\":\"token-1\",\"expires_in\":7200}")));
        gateway = new WechatApiGateway(new WechatProperties("api", wechat.baseUrl(), "wx-app", "wx-secret",
                "TPL_REMINDER", "TPL_CANCELLED", "formal", Duration.ofMillis(800)), clock);
    }

    @Test
    void sendsTheTemplateWithItsKeywordsAndKeepsTheTokenUntilShortlyBeforeItExpires() {
        stubSend("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1}");

        assertThat(gateway.send(reminder())).isInstanceOf(WechatGateway.Sent.class);
        assertThat(gateway.send(reminder())).isInstanceOf(WechatGateway.Sent.class);

        wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")).withRequestBody(equalToJson(
                "{\"grant_type\":\"client_credential\",\"appid\":\"wx-app\",\"secret\":\"wx-secret\","
                        + "\"force_refresh\":false}")));
        wechat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withQueryParam("access_token", equalTo("token-1"))
                .withRequestBody(equalToJson("""
                        {"touser": "o-12", "template_id": "TPL_REMINDER",
                         "page": "/package-meeting/meeting/detail?id=41",
                         "data": {"thing7": {"value": "Infra SIG 例会"}, "date2": {"value": "2026-12-20 09:00"},
                                  "thing6": {"value": "会议即将开始"}},
                         "miniprogram_state": "formal", "lang": "zh_CN"}""")));

        clock.advance(Duration.ofSeconds(7200 - 299));
        gateway.send(reminder());
        wechat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
    }

    @Test
    void aTokenWeChatCallsInvalidIsFetchedAgainOnce() {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).inScenario("expired")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid"
                        + " credential\"}")).willSetStateTo("renewed"));
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).inScenario("expired")
                .whenScenarioStateIs("renewed").willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));

        assertThat(gateway.send(reminder())).isInstanceOf(WechatGateway.Sent.class);
        wechat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
    }

    @Test
    void aUserWhoDidNotSubscribeIsUnreachableAndABusyWeChatIsTriedAgain() {
        stubSend("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}");
        assertThat(gateway.send(reminder())).isInstanceOf(WechatGateway.Unreachable.class);

        stubSend("{\"errcode\":-1,\"errmsg\":\"system error\"}");
        assertThat(gateway.send(reminder())).isInstanceOf(WechatGateway.TryAgain.class);

        stubSend("{\"errcode\":47003,\"errmsg\":\"argument invalid\"}");
        assertThat(gateway.send(reminder())).isInstanceOf(WechatGateway.Refused.class);
    }

    @Test
    void noTokenMeansNoMessage() {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(okJson(
                "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}")));

        assertThat(gateway.send(reminder())).isInstanceOf(WechatGateway.Refused.class);
        wechat.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send")));
    }

    @Test
    void thingKeywordsAreCutToTwentyCharacters() {
        assertThat(WechatMessages.thing("一二三四五六七八九十一二三四五六七八九十多余")).hasSize(20).endsWith("十");
        assertThat(WechatMessages.thing("short")).isEqualTo("short");
    }

    private static SubscriptionMessage reminder() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing7", "Infra SIG 例会");
        data.put("date2", "2026-12-20 09:00");
        data.put("thing6", "会议即将开始");
        return new SubscriptionMessage("o-12", 12, WechatMessages.MEETING_REMINDER,
                "/package-meeting/meeting/detail?id=41", data);
    }

    private static void stubSend(String answer) {
        wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).willReturn(okJson(answer)));
    }
}
