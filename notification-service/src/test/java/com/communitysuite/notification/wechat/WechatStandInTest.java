package com.communitysuite.notification.wechat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import com.communitysuite.notification.delivery.LocalOutbox;

class WechatStandInTest {

    @TempDir
    Path directory;

    @Test
    void theLocalStandInIsRefusedUnderTheProdProfileAndTheRealOneNeedsTheApp() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        LocalOutbox outbox = new LocalOutbox(directory, Clock.systemUTC());

        assertThatThrownBy(() -> new WechatConfiguration().wechatGateway(new WechatProperties("local", null, null,
                null, null, null, null, null), outbox, prod, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
        assertThatThrownBy(() -> new WechatConfiguration().wechatGateway(new WechatProperties("api", null, null,
                null, null, null, null, null), outbox, new MockEnvironment(), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class);
    }
}
