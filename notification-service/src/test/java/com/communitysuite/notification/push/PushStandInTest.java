package com.communitysuite.notification.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import com.communitysuite.notification.delivery.LocalOutbox;

/** The local JPush stand-in: refused under prod, else a line per device. */
class PushStandInTest {

    @TempDir
    Path directory;

    @Test
    void isRefusedUnderTheProdProfile() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatThrownBy(() -> new PushConfiguration().pushGateway(new PushProperties("local", null),
                new LocalOutbox(directory, Clock.systemUTC()), prod)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writesALinePerDeviceToTheOutbox() throws Exception {
        PushGateway local = new PushConfiguration().pushGateway(new PushProperties("local", null),
                new LocalOutbox(directory, Clock.systemUTC()), new MockEnvironment());

        local.push(new PushNotification(12, "t", "c", "chaoqer://room/1", java.time.Duration.ofMinutes(10)),
                List.of(new PushDevice("r1", PushPlatform.IOS), new PushDevice("r2", PushPlatform.ANDROID)));

        assertThat(java.nio.file.Files.readAllLines(directory.resolve("push.jsonl"))).hasSize(2)
                .first().asString().startsWith("{\"channel\":\"push\",\"to\":\"r1\",\"platform\":\"ios\"");
    }

    @Test
    void theRealAdapterNeedsTheAppsCredentials() {
        assertThatThrownBy(() -> new PushConfiguration().pushGateway(new PushProperties("jpush", null),
                new LocalOutbox(directory, Clock.systemUTC()), new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("app-key");
    }
}
