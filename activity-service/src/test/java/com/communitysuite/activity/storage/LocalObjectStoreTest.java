package com.communitysuite.activity.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import com.communitysuite.platform.test.MutableClock;

class LocalObjectStoreTest {

    @TempDir
    Path directory;

    @Test
    void storedBytesAreFilesBehindTheirPublicUrl() throws Exception {
        LocalObjectStore store = new LocalObjectStore(directory, "http://objects.test/", new MutableClock());

        String url = store.put("activity/3/wx_code.png", new byte[] { 1, 2 }, "image/png");

        assertThat(url).isEqualTo("http://objects.test/activity/3/wx_code.png");
        assertThat(Files.readAllBytes(directory.resolve("activity/3/wx_code.png"))).containsExactly(1, 2);
        assertThatThrownBy(() -> store.put("../outside", new byte[0], "image/png"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uploadUrlsExpireAndAreSignedForTheirContentType() {
        MutableClock clock = new MutableClock();
        LocalObjectStore store = new LocalObjectStore(directory, "http://objects.test", clock);

        String png = store.presignedPut("activity/3/images/1.png", "image/png", Duration.ofMinutes(30)).toString();
        String jpeg = store.presignedPut("activity/3/images/1.png", "image/jpeg", Duration.ofMinutes(30)).toString();

        assertThat(png).startsWith("http://objects.test/activity/3/images/1.png?expires="
                + clock.instant().plus(Duration.ofMinutes(30)).getEpochSecond() + "&signature=");
        assertThat(png).isNotEqualTo(jpeg);
    }

    @Test
    void theLocalStoreIsRefusedUnderTheProdProfile() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new ObjectStoreConfiguration().objectStore("local", directory, "http://x", prod,
                new MutableClock())).isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }
}
