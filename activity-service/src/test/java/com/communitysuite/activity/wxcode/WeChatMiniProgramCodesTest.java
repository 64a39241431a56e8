package com.communitysuite.activity.wxcode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.communitysuite.platform.test.MutableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** getwxacodeunlimit as WeChat answers it: the image, or HTTP 200 with a JSON error sent as text/plain. */
class WeChatMiniProgramCodesTest {

    static final WireMockServer weChat = new WireMockServer(options().dynamicPort());
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3 };
    MutableClock clock;
    WeChatMiniProgramCodes codes;

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
        clock = new MutableClock();
        codes = new WeChatMiniProgramCodes(new MiniProgramCodeProperties("api", weChat.baseUrl(), "wx-app",
                "app-secret", Duration.ofMillis(800)), clock);
    }

    @Test
    void theCodeIsTheImageWeChatAnswersForTheSceneAndPage() {
        token("TOKEN-1", 7200);
        weChat.stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit")).willReturn(aResponse()
                .withHeader("Content-Type", "image/jpeg").withBody(JPEG)));

        MiniProgramCodes.MiniProgramCode code = codes.unlimited("21", "package-events/events/event-detail");

        assertThat(code.image()).isEqualTo(JPEG);
        assertThat(code.contentType()).isEqualTo("image/jpeg");
        assertThat(code.extension()).isEqualTo("jpeg");
        weChat.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")).withRequestBody(equalToJson(
                "{\"grant_type\":\"client_credential\",\"appid\":\"wx-app\",\"secret\":\"app-secret\","
                        + "\"force_refresh\":false}")));
        weChat.verify(postRequestedFor(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .withQueryParam("access_token", equalTo("TOKEN-1"))
                .withRequestBody(equalToJson("{\"scene\":\"21\",\"page\":\"package-events/events/event-detail\"}")));
    }

    @Test
    void oneAccessTokenServesEveryCallUntilShortlyBeforeItExpires() {
        token("TOKEN-1", 7200);
        image();

        codes.unlimited("1", "p");
        codes.unlimited("2", "p");
        clock.advance(Duration.ofSeconds(7200 - 301));
        codes.unlimited("3", "p");
        weChat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));

        clock.advance(Duration.ofSeconds(2));
        codes.unlimited("4", "p");
        weChat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
    }

    @Test
    void anExpiredTokenIsReplacedOnceAndTheCallRepeated() {
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).inScenario("token")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(text("{\"access_token\":\"OLD\",\"expires_in\":7200}")).willSetStateTo("renewed"));
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(text("{\"access_token\":\"NEW\",\"expires_in\":7200}")));
        weChat.stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit")).withQueryParam("access_token", equalTo("OLD"))
                .willReturn(text("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}")));
        weChat.stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit")).withQueryParam("access_token", equalTo("NEW"))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(JPEG)));

        assertThat(codes.unlimited("9", "p").image()).isEqualTo(JPEG);
        weChat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
    }

    @Test
    void aRefusalOrAnOutageIsAMiniProgramCodeFailure() {
        token("TOKEN-1", 7200);
        weChat.stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .willReturn(text("{\"errcode\":41030,\"errmsg\":\"invalid page rid: 1\"}")));
        assertThatThrownBy(() -> codes.unlimited("1", "nowhere")).isInstanceOf(MiniProgramCodeException.class)
                .hasMessageContaining("41030");

        weChat.stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> codes.unlimited("1", "p")).isInstanceOf(MiniProgramCodeException.class);
    }

    @Test
    void aRefusedTokenIsAFailureToo() {
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(text("{\"errcode\":40013,\"errmsg\":\"invalid appid\"}")));
        assertThatThrownBy(() -> codes.unlimited("1", "p")).isInstanceOf(MiniProgramCodeException.class);
    }

    @Test
    void theAdapterNeedsTheMiniProgramsCredentials() {
        assertThatThrownBy(() -> new WeChatMiniProgramCodes(new MiniProgramCodeProperties("api", weChat.baseUrl(),
                null, null, null), clock)).isInstanceOf(IllegalStateException.class);
    }

    private static void token(String token, int expiresIn) {
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(text("{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn + "}")));
    }

    private static void image() {
        weChat.stubFor(post(urlPathEqualTo("/wxa/getwxacodeunlimit")).willReturn(aResponse()
                .withHeader("Content-Type", "image/jpeg").withBody(JPEG)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder text(String body) {
        return aResponse().withHeader("Content-Type", "text/plain").withBody(body);
    }
}
