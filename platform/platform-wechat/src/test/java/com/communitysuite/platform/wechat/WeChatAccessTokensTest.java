package com.communitysuite.platform.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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

/** cgi-bin/stable_token as WeChat answers it (integrations.md 2a), against a WireMock stand-in. */
class WeChatAccessTokensTest {

    static final WireMockServer weChat = new WireMockServer(options().dynamicPort());
    MutableClock clock;
    WeChatAccessTokens tokens;

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
        tokens = new WeChatAccessTokens(weChat.baseUrl(), "wx-app", "app-secret", Duration.ofMillis(800), clock);
    }

    @Test
    void oneTokenServesEveryCallUntilFiveMinutesBeforeItExpires() {
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).inScenario("tokens")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("{\"access_token\":\"T1\",\"expires_in\":7200}"))
                .willSetStateTo("second"));
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).inScenario("tokens")
                .whenScenarioStateIs("second").willReturn(okJson("{\"access_token\":\"T2\",\"expires_in\":7200}")));

        assertThat(tokens.current()).isEqualTo("T1");
        clock.advance(Duration.ofMinutes(114));
        assertThat(tokens.current()).isEqualTo("T1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.current()).isEqualTo("T2");

        weChat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")).withRequestBody(equalToJson(
                "{\"grant_type\":\"client_credential\",\"appid\":\"wx-app\",\"secret\":\"app-secret\","
                        + "\"force_refresh\":false}")));
    }

    @Test
    void aTokenACallSaysIsInvalidIsAskedForAgainButOnlyOnce() {
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).inScenario("tokens")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson("{\"access_token\":\"T1\",\"expires_in\":7200}"))
                .willSetStateTo("second"));
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).inScenario("tokens")
                .whenScenarioStateIs("second").willReturn(okJson("{\"access_token\":\"T2\",\"expires_in\":7200}")));
        String used = tokens.current();

        assertThat(tokens.refused(used, 45009)).as("a quota, not the token").isFalse();
        assertThat(tokens.current()).isEqualTo("T1");
        assertThat(tokens.refused(used, 40001)).isTrue();
        assertThat(tokens.current()).isEqualTo("T2");
        assertThat(tokens.refused(used, 42001)).as("the old one again: the new one is kept").isTrue();
        assertThat(tokens.current()).isEqualTo("T2");
        weChat.verify(2, postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token")));
    }

    @Test
    void noTokenIsPassingWhenWeChatIsBusyOrUnreachableAndFinalWhenItRefusesTheApp() {
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system error\"}")));
        assertThatThrownBy(tokens::current).isInstanceOfSatisfying(WeChatTokenException.class,
                e -> assertThat(e.passing()).isTrue());

        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}")));
        assertThatThrownBy(tokens::current).isInstanceOfSatisfying(WeChatTokenException.class,
                e -> assertThat(e.passing()).isFalse());

        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(tokens::current).isInstanceOfSatisfying(WeChatTokenException.class,
                e -> assertThat(e.passing()).isTrue());

        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token")).willReturn(aResponse().withBody("<html>")));
        assertThatThrownBy(tokens::current).isInstanceOf(WeChatTokenException.class);
    }

    @Test
    void anAppWithoutIdOrSecretCannotCallWeChat() {
        assertThatThrownBy(() -> new WeChatAccessTokens(weChat.baseUrl(), "wx-app", " ", Duration.ofSeconds(1),
                clock)).isInstanceOf(IllegalStateException.class);
    }
}
