package com.communitysuite.meeting;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.ServiceIntegrationTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * meeting-service's one shared test context: the whole service with a clock tests can move, the meeting platforms
 * (Zoom, Tencent Meeting, WeLink) played by one WireMock that books every meeting with a new code, and
 * activity-service played by another (no activities unless a test stubs some).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceIntegrationTest
@Import(MeetingServiceTest.TestDoubles.class)
public @interface MeetingServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestDoubles {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean(destroyMethod = "stop")
        WireMockServer platformsDouble() {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                    .globalTemplating(true));
            server.start();
            stubPlatforms(server);
            return server;
        }

        /** Every platform books each meeting with a new random code and cancels whatever it is asked to. */
        public static void stubPlatforms(WireMockServer server) {
            server.stubFor(post("/oauth/token").atPriority(10).willReturn(json(
                    "{\"access_token\":\"zoom-token\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
            server.stubFor(post(urlPathMatching("/v2/users/.+/meetings")).atPriority(10).willReturn(json(
                    "{\"id\":8{{randomValue length=10 type='NUMERIC'}},\"join_url\":\"https://zoom.us/j/{{randomValue length=11 type='NUMERIC'}}\"}")
                    .withStatus(201)));
            server.stubFor(delete(urlPathMatching("/v2/meetings/.+")).atPriority(10)
                    .willReturn(aResponse().withStatus(204)));
            server.stubFor(post("/v1/meetings").atPriority(10).willReturn(json("{\"meeting_number\":1,"
                    + "\"meeting_info_list\":[{\"meeting_id\":\"{{randomValue length=19 type='NUMERIC'}}\","
                    + "\"meeting_code\":\"{{randomValue length=9 type='NUMERIC'}}\","
                    + "\"join_url\":\"https://meeting.tencent.com/dm/{{randomValue length=12 type='ALPHANUMERIC'}}\"}]}")));
            server.stubFor(post(urlPathMatching("/v1/meetings/.+/cancel")).atPriority(10).willReturn(json("{}")));
            server.stubFor(post("/v2/usg/acs/auth/appauth").atPriority(10).willReturn(json(
                    "{\"accessToken\":\"welink-token\",\"validPeriod\":43200}")));
            server.stubFor(post("/v1/mmc/management/conferences").atPriority(10).willReturn(json(
                    "[{\"conferenceID\":\"{{randomValue length=9 type='NUMERIC'}}\","
                            + "\"guestJoinUri\":\"https://c.meeting.huaweicloud.com/#/j/{{randomValue length=9 type='NUMERIC'}}\"}]")));
            server.stubFor(delete(urlPathMatching("/v1/mmc/management/conferences")).atPriority(10)
                    .willReturn(aResponse().withStatus(200)));
        }

        private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
            return aResponse().withHeader("Content-Type", "application/json").withBody(body);
        }

        @Bean(destroyMethod = "stop")
        WireMockServer activityServiceDouble() {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            server.stubFor(any(anyUrl()).atPriority(10).willReturn(json("[]")));
            return server;
        }

        @Bean
        DynamicPropertyRegistrar doublesAddresses(WireMockServer platformsDouble, WireMockServer activityServiceDouble) {
            return registry -> {
                registry.add("meeting.platforms.zoom.oauth-url", platformsDouble::baseUrl);
                registry.add("meeting.platforms.zoom.api-url", platformsDouble::baseUrl);
                registry.add("meeting.platforms.tencent.base-url", platformsDouble::baseUrl);
                registry.add("meeting.platforms.welink.base-url", platformsDouble::baseUrl);
                registry.add("spring.cloud.openfeign.client.config.activityCalendar.url", activityServiceDouble::baseUrl);
            };
        }
    }
}
