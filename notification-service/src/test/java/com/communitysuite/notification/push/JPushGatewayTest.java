package com.communitysuite.notification.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

/** JPush REST v3 push as JPush answers it (the error codes of its documentation). */
class JPushGatewayTest {

    static final WireMockServer jpush = new WireMockServer(options().dynamicPort());
    static final PushNotification NOTIFICATION = new PushNotification(12, "小明邀请你加入活动", "周五夜聊",
            "chaoqer://room/6a0c", Duration.ofMinutes(10));
    static final List<PushDevice> DEVICES = List.of(new PushDevice("1a0018970a8e2e1e4f5", PushPlatform.IOS),
            new PushDevice("13065ffa4e1fb1a6b4e", PushPlatform.ANDROID));
    JPushGateway gateway;

    @BeforeAll
    static void start() {
        jpush.start();
    }

    @AfterAll
    static void stop() {
        jpush.stop();
    }

    @BeforeEach
    void gateway() {
        jpush.resetAll();
        gateway = new JPushGateway(new PushProperties.JPush(jpush.baseUrl(), "7d431e42dfa6a6d693ac2d04",
                "5e987ac6d2e04d95a9d8f0d1", false, Duration.ofMillis(800)));
    }

    @Test
    void theAuthorizationIsTheOfficialExample() {
        assertThat(JPushGateway.basic("7d431e42dfa6a6d693ac2d04", "5e987ac6d2e04d95a9d8f0d1"))
                .isEqualTo("Basic N2Q0MzFlNDJkZmE2YTZkNjkzYWMyZDA0OjVlOTg3YWM2ZDJlMDRkOTVhOWQ4ZjBkMQ==");
    }

    @Test
    void pushesANotificationPerPlatformToTheRegistrationIds() {
        jpush.stubFor(post(urlPathEqualTo("/v3/push")).willReturn(okJson("{\"sendno\":\"0\",\"msg_id\":"
                + "\"18103083292408631\"}")));

        assertThat(gateway.push(NOTIFICATION, DEVICES)).isEqualTo(new PushGateway.Delivered("18103083292408631"));

        jpush.verify(postRequestedFor(urlPathEqualTo("/v3/push"))
                .withHeader("Authorization", equalTo("Basic N2Q0MzFlNDJkZmE2YTZkNjkzYWMyZDA0OjVlOTg3YWM2ZDJlMDRkOTVh"
                        + "OWQ4ZjBkMQ=="))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"platform": ["ios", "android"],
                         "audience": {"registration_id": ["1a0018970a8e2e1e4f5", "13065ffa4e1fb1a6b4e"]},
                         "notification": {
                           "android": {"alert": "周五夜聊", "title": "小明邀请你加入活动",
                                       "extras": {"url": "chaoqer://room/6a0c"}},
                           "ios": {"alert": {"title": "小明邀请你加入活动", "body": "周五夜聊"}, "sound": "default",
                                   "badge": "+1", "extras": {"url": "chaoqer://room/6a0c"}}},
                         "message": {"msg_content": "{\\"attachType\\":3}", "content_type": "application/json"},
                         "options": {"time_to_live": 600, "apns_production": false}}""")));
    }

    @Test
    void noDeviceMatchingMeansTheIdsAreDead() {
        stubError(400, 1011, "cannot find user by this audience or has been inactive for more than 255 days");

        assertThat(gateway.push(NOTIFICATION, DEVICES)).isEqualTo(new PushGateway.DeadDevices(List.of(
                "1a0018970a8e2e1e4f5", "13065ffa4e1fb1a6b4e")));
    }

    @Test
    void internalErrorsTimeoutsAndTheRateLimitArePassing() {
        stubError(500, 1000, "internal error");
        assertThat(gateway.push(NOTIFICATION, DEVICES)).isInstanceOf(PushGateway.TryAgain.class);

        stubError(503, 1030, "internal service timeout");
        assertThat(gateway.push(NOTIFICATION, DEVICES)).isInstanceOf(PushGateway.TryAgain.class);

        jpush.stubFor(post(urlPathEqualTo("/v3/push")).willReturn(aResponse().withStatus(429)
                .withHeader("X-Rate-Limit-Reset", "7").withBody("{\"error\":{\"code\":2002,\"message\":\"rate\"}}")));
        assertThat(gateway.push(NOTIFICATION, DEVICES)).isEqualTo(new PushGateway.TryAgain("JPush 2002: rate",
                Duration.ofSeconds(7)));

        jpush.stubFor(post(urlPathEqualTo("/v3/push")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(gateway.push(NOTIFICATION, DEVICES)).isInstanceOf(PushGateway.TryAgain.class);
    }

    @Test
    void badCredentialsOrAPayloadJPushRejectsAreRefusals() {
        stubError(401, 1004, "Authen failed");
        assertThat(gateway.push(NOTIFICATION, DEVICES)).isInstanceOf(PushGateway.Refused.class);

        stubError(400, 1003, "invalid parameter");
        assertThat(gateway.push(NOTIFICATION, DEVICES)).isInstanceOf(PushGateway.Refused.class);
    }

    @Test
    void onlyThePlatformsOfTheDevicesAreNamed() {
        jpush.stubFor(post(urlPathEqualTo("/v3/push")).willReturn(okJson("{\"msg_id\":1}")));

        gateway.push(NOTIFICATION, List.of(DEVICES.get(1)));

        jpush.verify(postRequestedFor(urlPathEqualTo("/v3/push")).withRequestBody(equalToJson(
                "{\"platform\":[\"android\"],\"notification\":{\"android\":{}}}", true, true)));
        assertThat(jpush.findAll(postRequestedFor(urlPathEqualTo("/v3/push"))).get(0).getBodyAsString())
                .doesNotContain("\"ios\"");
    }

    private static void stubError(int status, int code, String message) {
        jpush.stubFor(post(urlPathEqualTo("/v3/push")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\"},\"msg_id\":\"1\"}")));
    }
}
