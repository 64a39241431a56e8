package com.communitysuite.notification.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.notification.inbox.Inbox;
import com.communitysuite.notification.inbox.Notice;
import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.notification.support.Probe;
import com.communitysuite.platform.test.MutableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/** Queued pushes through the dispatcher to WireMock's JPush: retried while JPush is busy, dead ids dropped. */
@NotificationServiceTest
class PushDeliveryTest {

    @Autowired
    Inbox inbox;
    @Autowired
    PushDevices devices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WireMockServer outside;
    @Autowired
    MutableClock clock;

    @Test
    void aPushJPushIsBusyWithIsSentOnALaterAttempt() {
        long account = Events.newAccountId();
        String device = "busy" + account;
        devices.bind(account, PushPlatform.ANDROID, device);
        outside.stubFor(post(urlPathEqualTo("/v3/push")).atPriority(1).withRequestBody(containing(device))
                .inScenario(device).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"code\":1000,\"message\":\"busy\"}}")));
        outside.stubFor(post(urlPathEqualTo("/v3/push")).atPriority(1).withRequestBody(containing(device))
                .inScenario(device).whenScenarioStateIs("recovered").willReturn(okJson("{\"msg_id\":\"7\"}")));

        inbox.deliver(Notice.system(account, "系统消息", "内容", ""));

        Map<String, Object> delivery = awaitFinishedWhileTimePasses(account);
        assertThat(delivery).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(Probe.pushesTo(outside, device)).hasSize(2);
    }

    @Test
    void aRegistrationIdJPushNoLongerKnowsIsDropped() {
        long account = Events.newAccountId();
        String device = "dead" + account;
        devices.bind(account, PushPlatform.IOS, device);
        outside.stubFor(post(urlPathEqualTo("/v3/push")).atPriority(1).withRequestBody(containing(device))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"code\":1011,\"message\":"
                        + "\"cannot find user by this audience\"}}")));

        inbox.deliver(Notice.system(account, "系统消息", "内容", ""));

        assertThat(Probe.awaitFinished(jdbc, "push", Long.toString(account)).get(0)).containsEntry("status",
                "DROPPED");
        assertThat(devices.devicesOf(account)).isEmpty();
    }

    @Test
    void aPushJPushKeepsRefusingIsGivenUpAfterTheLastAttemptAndKept() {
        long account = Events.newAccountId();
        String device = "refused" + account;
        devices.bind(account, PushPlatform.ANDROID, device);
        outside.stubFor(post(urlPathEqualTo("/v3/push")).atPriority(1).withRequestBody(containing(device))
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"code\":1030,\"message\":\"timeout\"}}")));

        inbox.deliver(Notice.system(account, "系统消息", "内容", ""));

        Map<String, Object> delivery = awaitFinishedWhileTimePasses(account);
        assertThat(delivery).containsEntry("status", "FAILED").containsEntry("attempts", 3);
        assertThat((String) delivery.get("last_error")).contains("1030");
    }

    /** Retries wait on the service's clock: it is moved on a second at each look. */
    private Map<String, Object> awaitFinishedWhileTimePasses(long account) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return Probe.deliveries(jdbc, "push", Long.toString(account));
        }, rows -> !rows.isEmpty() && !"PENDING".equals(rows.get(0).get("status"))).get(0);
    }

    @Test
    void aUserWithoutDevicesGetsTheMessageInTheInboxOnly() {
        long account = Events.newAccountId();

        inbox.deliver(Notice.system(account, "系统消息", "内容", ""));

        assertThat(Probe.awaitFinished(jdbc, "push", Long.toString(account)).get(0)).containsEntry("status",
                "DROPPED");
        assertThat(Probe.inbox(jdbc, account)).hasSize(1);
    }
}
