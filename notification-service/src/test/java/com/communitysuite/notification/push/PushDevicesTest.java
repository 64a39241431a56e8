package com.communitysuite.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.communitysuite.notification.support.Events;
import com.communitysuite.notification.support.NotificationServiceTest;
import com.communitysuite.platform.security.identity.SuiteIdentity;
import com.communitysuite.platform.test.MutableClock;
import com.communitysuite.platform.test.TestHttp;
import com.communitysuite.platform.test.TestIdentities;

/** Binding devices through the endpoint: one per client type, and an id signed in by someone else moves. */
@NotificationServiceTest
class PushDevicesTest {

    @LocalServerPort
    int port;
    @Autowired
    PushDevices devices;
    @Autowired
    MutableClock clock;

    @Test
    void aDeviceIsBoundPerClientTypeAndANewOneReplacesTheOld() {
        long account = Events.newAccountId();

        bind(account, 1, "ios" + account);
        bind(account, 2, "android" + account);
        assertThat(devices.devicesOf(account)).containsExactly(new PushDevice("ios" + account, PushPlatform.IOS),
                new PushDevice("android" + account, PushPlatform.ANDROID));

        bind(account, 1, "newios" + account);
        assertThat(devices.devicesOf(account)).containsExactly(new PushDevice("newios" + account, PushPlatform.IOS),
                new PushDevice("android" + account, PushPlatform.ANDROID));
    }

    @Test
    void anIdReboundByAnotherUserMovesToThem() {
        long first = Events.newAccountId();
        long second = Events.newAccountId();
        String shared = "shared" + first;

        bind(first, 2, shared);
        bind(second, 2, shared);

        assertThat(devices.devicesOf(first)).isEmpty();
        assertThat(devices.devicesOf(second)).containsExactly(new PushDevice(shared, PushPlatform.ANDROID));
    }

    @Test
    void signingOutUnbindsOnlyWhatWasBoundBefore() {
        long account = Events.newAccountId();
        bind(account, 1, "before" + account);
        java.time.Instant signedOut = clock.instant();
        clock.advance(Duration.ofMillis(5));
        bind(account, 2, "after" + account);

        devices.unbindBoundBefore(account, signedOut);

        assertThat(devices.devicesOf(account)).containsExactly(new PushDevice("after" + account,
                PushPlatform.ANDROID));
    }

    private void bind(long account, int clientType, String id) {
        TestHttp.Answer answer = TestHttp.at(port).withIdentity(TestIdentities.bearer(SuiteIdentity.account(account,
                Events.newUid(), null, "app", java.util.Set.of("user"), java.util.Map.of()).withClient(clientType,
                        "0.1.7"))).postJson("/push/" + id, "{}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("status").asInt()).isEqualTo(1);
    }
}
