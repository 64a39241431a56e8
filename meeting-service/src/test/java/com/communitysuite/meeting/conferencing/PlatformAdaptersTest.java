package com.communitysuite.meeting.conferencing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.communitysuite.platform.test.MutableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Each meeting platform's adapter against WireMock: the real request shapes and signatures, and its errors. */
class PlatformAdaptersTest {

    static WireMockServer platform;
    static final Instant START = Instant.parse("2026-12-20T01:00:00Z");
    static final MeetingBooking BOOKING = new MeetingBooking("Infra 例会", "1. 例会", START,
            START.plusSeconds(5400), ZoneId.of("Asia/Shanghai"), true);
    final MutableClock clock = new MutableClock();

    @BeforeAll
    static void start() {
        platform = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        platform.start();
    }

    @AfterAll
    static void stop() {
        platform.stop();
    }

    @BeforeEach
    void reset() {
        platform.resetAll();
    }

    ZoomMeetingPlatform zoom() {
        return new ZoomMeetingPlatform(new ConferencingProperties.Zoom(List.of("host@example.org"), platform.baseUrl(),
                platform.baseUrl(), "acc-1", "client", "secret"), clock);
    }

    @Test
    void zoomTakesAServerToServerTokenOnceAndBooksAScheduledMeetingForTheHost() {
        platform.stubFor(post("/oauth/token").withHeader("Authorization", equalTo("Basic Y2xpZW50OnNlY3JldA=="))
                .withRequestBody(equalTo("grant_type=account_credentials&account_id=acc-1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"tok-1\",\"token_type\":\"bearer\",\"expires_in\":3600,\"scope\":\"x\"}")));
        platform.stubFor(post("/v2/users/host%40example.org/meetings").withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(
                        "{\"id\":83712345678,\"join_url\":\"https://zoom.us/j/83712345678\",\"start_url\":\"s\"}")));
        ZoomMeetingPlatform zoom = zoom();

        BookedMeeting booked = zoom.book("host@example.org", BOOKING);
        zoom.book("host@example.org", BOOKING);

        assertThat(booked).isEqualTo(new BookedMeeting("83712345678", "83712345678", "https://zoom.us/j/83712345678"));
        assertThat(platform.findAll(postRequestedFor(urlEqualTo("/oauth/token")))).hasSize(1);
        platform.verify(postRequestedFor(urlEqualTo("/v2/users/host%40example.org/meetings")).withRequestBody(
                equalToJson("{\"topic\":\"Infra 例会\",\"type\":2,\"start_time\":\"2026-12-20T01:00:00Z\","
                        + "\"duration\":90,\"timezone\":\"Asia/Shanghai\",\"agenda\":\"1. 例会\",\"settings\":"
                        + "{\"auto_recording\":\"cloud\",\"mute_upon_entry\":true}}")));
    }

    @Test
    void zoomRenewsItsTokenBeforeItExpiresAndCancelsByMeetingId() {
        platform.stubFor(post("/oauth/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"tok-2\",\"expires_in\":3600}")));
        platform.stubFor(delete("/v2/meetings/837").willReturn(aResponse().withStatus(204)));
        ZoomMeetingPlatform zoom = zoom();

        zoom.cancel("host@example.org", new BookedMeeting("837", "837", "u"));
        clock.advance(java.time.Duration.ofMinutes(59));
        zoom.cancel("host@example.org", new BookedMeeting("837", "837", "u"));

        assertThat(platform.findAll(postRequestedFor(urlEqualTo("/oauth/token")))).hasSize(2);
        platform.verify(2, deleteRequestedFor(urlEqualTo("/v2/meetings/837")).withHeader("Authorization",
                equalTo("Bearer tok-2")));
    }

    @Test
    void zoomsRefusalsAndSilenceArePlatformFailures() {
        platform.stubFor(post("/oauth/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"tok\",\"expires_in\":3600}")));
        platform.stubFor(post(urlPathEqualTo("/v2/users/host%40example.org/meetings")).willReturn(aResponse()
                .withStatus(404).withBody("{\"code\":1001,\"message\":\"User does not exist\"}")));
        assertThatThrownBy(() -> zoom().book("host@example.org", BOOKING)).isInstanceOf(MeetingPlatformException.class)
                .hasMessageContaining("404");

        platform.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(401)
                .withBody("{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}")));
        assertThatThrownBy(() -> zoom().book("host@example.org", BOOKING)).isInstanceOf(MeetingPlatformException.class);

        platform.stubFor(post("/oauth/token").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> zoom().book("host@example.org", BOOKING)).isInstanceOf(MeetingPlatformException.class);
    }

    TencentMeetingPlatform tencent() {
        return new TencentMeetingPlatform(new ConferencingProperties.Tencent(List.of("tester"), platform.baseUrl(),
                "AKIDEXAMPLE", "SECRETEXAMPLE", "ent-1", "sdk-1", null), clock);
    }

    @Test
    void tencentMeetingBooksWithSignedHeadersOverTheExactBodySent() {
        platform.stubFor(post("/v1/meetings").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"meeting_number\":1,\"meeting_info_list\":[{\"subject\":\"Infra 例会\","
                        + "\"meeting_id\":\"7567173273889276131\",\"meeting_code\":\"806146667\","
                        + "\"join_url\":\"https://meeting.tencent.com/dm/abc\"}]}")));

        BookedMeeting booked = tencent().book("tester", BOOKING);

        assertThat(booked).isEqualTo(new BookedMeeting("806146667", "7567173273889276131",
                "https://meeting.tencent.com/dm/abc"));
        LoggedRequest request = platform.findAll(postRequestedFor(urlEqualTo("/v1/meetings"))).get(0);
        String body = request.getBodyAsString();
        assertThat(request.getHeader("X-TC-Signature")).isEqualTo(TencentSignature.sign("AKIDEXAMPLE",
                "SECRETEXAMPLE", request.getHeader("X-TC-Nonce"), request.getHeader("X-TC-Timestamp"), "POST",
                "/v1/meetings", body));
        assertThat(request.getHeader("X-TC-Key")).isEqualTo("AKIDEXAMPLE");
        assertThat(request.getHeader("X-TC-Timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
        assertThat(request.getHeader("AppId")).isEqualTo("ent-1");
        assertThat(request.getHeader("SdkId")).isEqualTo("sdk-1");
        assertThat(request.getHeader("X-TC-Registered")).isEqualTo("1");
        assertThat(Long.parseLong(request.getHeader("X-TC-Nonce"))).isPositive();
        platform.verify(postRequestedFor(urlEqualTo("/v1/meetings")).withRequestBody(equalToJson(
                "{\"userid\":\"tester\",\"instanceid\":1,\"subject\":\"Infra 例会\",\"type\":0,"
                        + "\"start_time\":\"" + START.getEpochSecond() + "\",\"end_time\":\""
                        + (START.getEpochSecond() + 5400) + "\",\"settings\":{\"mute_enable_join\":true,"
                        + "\"auto_record_type\":\"cloud\",\"participant_join_auto_record\":true,"
                        + "\"enable_host_pause_auto_record\":true}}")));
    }

    @Test
    void tencentMeetingCancelsByItsMeetingIdAndItsErrorsArePlatformFailures() {
        platform.stubFor(post("/v1/meetings/7567/cancel").willReturn(aResponse().withStatus(200).withBody("{}")));
        tencent().cancel("tester", new BookedMeeting("806", "7567", "u"));
        platform.verify(postRequestedFor(urlEqualTo("/v1/meetings/7567/cancel")).withRequestBody(
                equalToJson("{\"userid\":\"tester\",\"instanceid\":1,\"reason_code\":1}")));

        platform.stubFor(post("/v1/meetings").willReturn(aResponse().withStatus(400).withBody(
                "{\"error_info\":{\"error_code\":190303,\"new_error_code\":9003,\"message\":\"签名错误\"}}")));
        assertThatThrownBy(() -> tencent().book("tester", BOOKING)).isInstanceOf(MeetingPlatformException.class)
                .hasMessageContaining("400");
        platform.stubFor(post("/v1/meetings").willReturn(aResponse().withStatus(200).withBody("{\"meeting_number\":0}")));
        assertThatThrownBy(() -> tencent().book("tester", BOOKING)).isInstanceOf(MeetingPlatformException.class);
    }

    WeLinkMeetingPlatform welink() {
        return new WeLinkMeetingPlatform(new ConferencingProperties.Welink(List.of("host1"), platform.baseUrl(),
                "appid123", "appkey"), clock);
    }

    @Test
    void welinkTakesAnAppIdTokenForTheHostAndBooksInUtc() {
        platform.stubFor(post("/v2/usg/acs/auth/appauth").willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accessToken\":\"wl-token\",\"validPeriod\":43200}")));
        platform.stubFor(post("/v1/mmc/management/conferences").withHeader("X-Access-Token", equalTo("wl-token"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "[{\"conferenceID\":\"914673889\",\"chairJoinUri\":\"https://c.meeting.huaweicloud.com/#/j/914673889/c\","
                                + "\"guestJoinUri\":\"https://c.meeting.huaweicloud.com/#/j/914673889/g\"}]")));

        BookedMeeting booked = welink().book("host1", BOOKING);

        assertThat(booked).isEqualTo(new BookedMeeting("914673889", null,
                "https://c.meeting.huaweicloud.com/#/j/914673889/g"));
        LoggedRequest auth = platform.findAll(postRequestedFor(urlEqualTo("/v2/usg/acs/auth/appauth"))).get(0);
        var authBody = PlatformHttp.JSON.readTree(auth.getBodyAsString());
        assertThat(authBody.get("appId").asString()).isEqualTo("appid123");
        assertThat(authBody.get("clientType").asInt()).isEqualTo(72);
        assertThat(authBody.get("userId").asString()).isEqualTo("host1");
        assertThat(authBody.get("nonce").asString()).hasSizeBetween(32, 64);
        assertThat(auth.getHeader("Authorization")).isEqualTo(HuaweiAppAuth.authorization("appid123", "appkey",
                "host1", authBody.get("expireTime").asLong(), authBody.get("nonce").asString()));
        platform.verify(postRequestedFor(urlEqualTo("/v1/mmc/management/conferences"))
                .withRequestBody(matchingJsonPath("$.startTime", equalTo("2026-12-20 01:00")))
                .withRequestBody(matchingJsonPath("$.length", equalTo("90")))
                .withRequestBody(matchingJsonPath("$.mediaTypes", equalTo("HDVideo")))
                .withRequestBody(matchingJsonPath("$.isAutoRecord", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.recordType", equalTo("2"))));
    }

    @Test
    void welinkCancelsByConferenceIdAndItsErrorsArePlatformFailures() {
        platform.stubFor(post("/v2/usg/acs/auth/appauth").willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"accessToken\":\"wl-token\"}")));
        platform.stubFor(delete(urlEqualTo("/v1/mmc/management/conferences?conferenceID=914673889&type=1"))
                .willReturn(aResponse().withStatus(200)));
        welink().cancel("host1", new BookedMeeting("914673889", null, "u"));
        platform.verify(deleteRequestedFor(urlEqualTo("/v1/mmc/management/conferences?conferenceID=914673889&type=1"))
                .withHeader("X-Access-Token", equalTo("wl-token")));

        platform.stubFor(post("/v1/mmc/management/conferences").willReturn(aResponse().withStatus(400)
                .withBody("{\"error_code\":\"MMC.111070005\",\"error_msg\":\"参数错误\"}")));
        assertThatThrownBy(() -> welink().book("host1", BOOKING)).isInstanceOf(MeetingPlatformException.class);
        platform.stubFor(post("/v2/usg/acs/auth/appauth").willReturn(aResponse().withStatus(401)
                .withBody("{\"error_code\":\"USG.000000004\"}")));
        assertThatThrownBy(() -> welink().book("host2", BOOKING)).isInstanceOf(MeetingPlatformException.class);
    }
}
