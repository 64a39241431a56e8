package com.communitysuite.notification.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.communitysuite.notification.people.People;
import com.communitysuite.notification.push.PushDevices;
import com.communitysuite.notification.push.PushPlatform;
import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.notification.support.Probe;
import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** user-service's events, from the contract examples: names, blocks, and the card message with its push. */
@NotificationServiceTest
class UserEventsListenerTest {

    static final String USER_SERVICE = "user-service";

    @Autowired
    UserEventsListener listener;
    @Autowired
    People people;
    @Autowired
    PushDevices devices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WireMockServer outside;

    @Test
    void aChangedProfileGivesTheNameMessagesUse() {
        long account = Events.newAccountId();
        String uid = Events.newUid();

        listener.on(Events.example(USER_SERVICE, "user.profile-changed", Map.of("accountId", account, "uid", uid)));
        assertThat(people.nickname(account)).contains("小明");
        assertThat(people.uid(account)).contains(uid);

        listener.on(Events.example(USER_SERVICE, "user.profile-changed", Map.of("accountId", account, "uid", uid,
                "nickname", "小红")));
        assertThat(people.nickname(account)).contains("小红");
    }

    @Test
    void blockingAndUnblockingAreKeptOneWay() {
        long blocker = Events.newAccountId();
        long blocked = Events.newAccountId();

        listener.on(Events.example(USER_SERVICE, "user.blocked", Map.of("accountId", blocker, "blockedAccountId",
                blocked)));
        assertThat(people.hasBlocked(blocker, blocked)).isTrue();
        assertThat(people.hasBlocked(blocked, blocker)).isFalse();

        listener.on(Events.example(USER_SERVICE, "user.unblocked", Map.of("accountId", blocker, "blockedAccountId",
                blocked)));
        assertThat(people.hasBlocked(blocker, blocked)).isFalse();
    }

    @Test
    void aCardReachesTheReceiversInboxAndDevicesWithTheOriginalsTextAndLink() {
        long sender = Events.newAccountId();
        long receiver = Events.newAccountId();
        String senderUid = Events.newUid();
        String device = "card" + receiver;
        devices.bind(receiver, PushPlatform.ANDROID, device);

        listener.on(Events.example(USER_SERVICE, "card.sent", Map.of("fromAccountId", sender, "fromUid", senderUid,
                "toAccountId", receiver)));

        List<Map<String, Object>> inbox = Probe.inbox(jdbc, receiver);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0)).containsEntry("title", "小明").containsEntry("content", "给你发送了一张名片")
                .containsEntry("url", "chaoqer://profile/" + senderUid).containsEntry("origin_push_type", 2)
                .containsEntry("origin_uid", senderUid);
        JsonNode push = JsonMapper.builder().build().readTree(Probe.awaitPushes(outside, device, 1).get(0)
                .getBodyAsString());
        assertThat(push.at("/notification/android/title").asString()).isEqualTo("小明");
        assertThat(push.at("/notification/android/extras/url").asString())
                .isEqualTo("chaoqer://profile/" + senderUid);
        assertThat(push.at("/options/time_to_live").asInt()).as("interactive").isEqualTo(600);
    }

    @Test
    void aCardFromSomeoneTheReceiverBlockedIsNeitherStoredNorPushed() {
        long sender = Events.newAccountId();
        long receiver = Events.newAccountId();
        String device = "blocked" + receiver;
        devices.bind(receiver, PushPlatform.IOS, device);
        listener.on(Events.example(USER_SERVICE, "user.blocked", Map.of("accountId", receiver, "blockedAccountId",
                sender)));

        listener.on(Events.example(USER_SERVICE, "card.sent", Map.of("fromAccountId", sender, "fromUid",
                Events.newUid(), "toAccountId", receiver)));

        assertThat(Probe.inbox(jdbc, receiver)).isEmpty();
        assertThat(Probe.deliveries(jdbc, "push", Long.toString(receiver))).isEmpty();
        Awaitility.await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> Probe.pushesTo(outside, device).isEmpty());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        long receiver = Events.newAccountId();
        String device = "again" + receiver;
        devices.bind(receiver, PushPlatform.ANDROID, device);
        String card = Events.example(USER_SERVICE, "card.sent", Map.of("fromAccountId", Events.newAccountId(),
                "toAccountId", receiver));

        listener.on(card);
        listener.on(card);

        assertThat(Probe.inbox(jdbc, receiver)).hasSize(1);
        Probe.awaitPushes(outside, device, 1);
        Awaitility.await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> Probe.pushesTo(outside, device).size() == 1);
    }
}
