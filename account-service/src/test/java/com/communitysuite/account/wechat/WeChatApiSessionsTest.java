package com.communitysuite.account.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

/** code2Session as WeChat answers it: always HTTP 200, JSON sent as text/plain, the outcome in errcode. */
class WeChatApiSessionsTest {

    static final WireMockServer weChat = new WireMockServer(options().dynamicPort());
    WeChatApiSessions sessions;

    @BeforeAll
    static void start() {
        weChat.start();
    }

    @AfterAll
    static void stop() {
        weChat.stop();
    }

    @BeforeEach
    void client() {
        weChat.resetAll();
        sessions = new WeChatApiSessions(weChat.baseUrl(), Duration.ofMillis(800),
                new WeChatProperties.App("wx-app", "app-secret"));
    }

    @Test
    void aGoodCodeGivesTheOpenidAndUnionidAndSendsTheDocumentedParameters() {
        stub("{\"openid\":\"o-123\",\"session_key\":\"sk\",\"unionid\":\"u-9\"}");

        WeChatIdentity identity = sessions.exchange("the-code");

        assertThat(identity).isEqualTo(new WeChatIdentity("o-123", "u-9"));
        weChat.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("appid", equalTo("wx-app"))
                .withQueryParam("secret", equalTo("app-secret"))
                .withQueryParam("js_code", equalTo("the-code"))
                .withQueryParam("grant_type", equalTo("authorization_code")));
    }

    @Test
    void aReplyWithoutUnionidHasNone() {
        stub("{\"openid\":\"o-1\",\"session_key\":\"sk\"}");

        assertThat(sessions.exchange("c").unionid()).isNull();
    }

    @Test
    void errcodesBecomeClearAnswers() {
        assertStatus("{\"errcode\":40029,\"errmsg\":\"invalid code, rid: 668f2aa4\"}", HttpStatus.BAD_REQUEST);
        assertStatus("{\"errcode\":40163,\"errmsg\":\"code been used\"}", HttpStatus.BAD_REQUEST);
        assertStatus("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}", HttpStatus.TOO_MANY_REQUESTS);
        assertStatus("{\"errcode\":40226,\"errmsg\":\"high risk user\"}", HttpStatus.FORBIDDEN);
        assertStatus("{\"errcode\":-1,\"errmsg\":\"system error\"}", HttpStatus.SERVICE_UNAVAILABLE);
        assertStatus("{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}", HttpStatus.BAD_GATEWAY);
        assertStatus("{\"session_key\":\"sk\"}", HttpStatus.BAD_REQUEST);
        assertStatus("<html>busy</html>", HttpStatus.BAD_GATEWAY);
    }

    @Test
    void anUnreachableOrSlowWeChatIsUnavailable() {
        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> sessions.exchange("c")).isInstanceOfSatisfying(WeChatLoginException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));

        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session")).willReturn(aResponse().withFixedDelay(2000)
                .withBody("{\"openid\":\"late\"}")));
        assertThatThrownBy(() -> sessions.exchange("c")).isInstanceOfSatisfying(WeChatLoginException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }

    private void assertStatus(String reply, HttpStatus expected) {
        stub(reply);
        assertThatThrownBy(() -> sessions.exchange("c")).as(reply).isInstanceOfSatisfying(WeChatLoginException.class,
                e -> assertThat(e.status()).isEqualTo(expected));
    }

    private static void stub(String body) {
        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody(body)));
    }
}
