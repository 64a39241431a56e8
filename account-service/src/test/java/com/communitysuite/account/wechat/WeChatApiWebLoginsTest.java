package com.communitysuite.account.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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

/**
 * {@code sns/oauth2/access_token} as WeChat answers it (official account web authorisation, snsapi_base): always
 * HTTP 200, JSON sent as text/plain, the outcome in errcode.
 */
class WeChatApiWebLoginsTest {

    static final WireMockServer weChat = new WireMockServer(options().dynamicPort());
    WeChatApiWebLogins logins;

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
        logins = new WeChatApiWebLogins(weChat.baseUrl(), Duration.ofMillis(800),
                new WeChatProperties.App("wx520c15f417810387", "official-account-secret"));
    }

    @Test
    void aGoodCodeGivesTheOpenidAndSendsTheDocumentedParameters() {
        stub("""
                {"access_token":"ACCESS_TOKEN","expires_in":7200,"refresh_token":"REFRESH_TOKEN",
                 "openid":"oYbGRs8MmU6bESxXcX2Z0rFRivjQ","scope":"snsapi_base"}""");

        WeChatWebIdentity visitor = logins.exchange("the-code");

        assertThat(visitor).isEqualTo(new WeChatWebIdentity("oYbGRs8MmU6bESxXcX2Z0rFRivjQ", null, false));
        weChat.verify(getRequestedFor(urlPathEqualTo("/sns/oauth2/access_token"))
                .withQueryParam("appid", equalTo("wx520c15f417810387"))
                .withQueryParam("secret", equalTo("official-account-secret"))
                .withQueryParam("code", equalTo("the-code"))
                .withQueryParam("grant_type", equalTo("authorization_code")));
    }

    @Test
    void aUnionidIsKeptAndASnapshotPageVisitorIsSaidToBeOne() {
        stub("""
                {"access_token":"A","expires_in":7200,"refresh_token":"R","openid":"o-1","scope":"snsapi_base",
                 "unionid":"u-9"}""");
        assertThat(logins.exchange("c")).isEqualTo(new WeChatWebIdentity("o-1", "u-9", false));

        stub("""
                {"access_token":"A","expires_in":7200,"refresh_token":"R","openid":"o-snap","scope":"snsapi_base",
                 "is_snapshotuser":1}""");
        assertThat(logins.exchange("c").snapshotUser()).isTrue();
    }

    @Test
    void errcodesBecomeClearAnswers() {
        assertStatus("{\"errcode\":40029,\"errmsg\":\"invalid code, rid: 6579a2b1-0f0a5d0e-4b5c7d2e\"}",
                HttpStatus.BAD_REQUEST);
        assertStatus("{\"errcode\":40163,\"errmsg\":\"code been used, rid: 6579a2b1-0f0a5d0e-4b5c7d2f\"}",
                HttpStatus.BAD_REQUEST);
        assertStatus("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}", HttpStatus.TOO_MANY_REQUESTS);
        assertStatus("{\"errcode\":-1,\"errmsg\":\"system error\"}", HttpStatus.SERVICE_UNAVAILABLE);
        assertStatus("{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}", HttpStatus.BAD_GATEWAY);
        assertStatus("{\"errcode\":40013,\"errmsg\":\"invalid appid\"}", HttpStatus.BAD_GATEWAY);
        assertStatus("{\"access_token\":\"A\",\"expires_in\":7200}", HttpStatus.BAD_REQUEST);
        assertStatus("<html>busy</html>", HttpStatus.BAD_GATEWAY);
    }

    @Test
    void anUnreachableOrSlowWeChatIsUnavailable() {
        weChat.stubFor(get(urlPathEqualTo("/sns/oauth2/access_token")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> logins.exchange("c")).isInstanceOfSatisfying(WeChatLoginException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));

        weChat.stubFor(get(urlPathEqualTo("/sns/oauth2/access_token")).willReturn(aResponse().withFixedDelay(2000)
                .withBody("{\"openid\":\"late\"}")));
        assertThatThrownBy(() -> logins.exchange("c")).isInstanceOfSatisfying(WeChatLoginException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }

    @Test
    void theRealAdapterNeedsTheOfficialAccountsCredentials() {
        assertThatThrownBy(() -> new WeChatApiWebLogins(weChat.baseUrl(), Duration.ofSeconds(1), null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new WeChatApiWebLogins(weChat.baseUrl(), Duration.ofSeconds(1),
                new WeChatProperties.App("wx1", null))).isInstanceOf(IllegalStateException.class);
    }

    private void assertStatus(String reply, HttpStatus expected) {
        stub(reply);
        assertThatThrownBy(() -> logins.exchange("c")).as(reply).isInstanceOfSatisfying(WeChatLoginException.class,
                e -> assertThat(e.status()).isEqualTo(expected));
    }

    private static void stub(String body) {
        weChat.stubFor(get(urlPathEqualTo("/sns/oauth2/access_token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody(body)));
    }
}
