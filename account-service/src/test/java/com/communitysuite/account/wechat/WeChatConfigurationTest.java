package com.communitysuite.account.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class WeChatConfigurationTest {

    @Test
    void theLocalStandInIsRefusedUnderTheProdProfile() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatThrownBy(() -> new WeChatConfiguration().weChatLogins(
                new WeChatProperties("local", null, null, null), prod))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }

    @Test
    void theLocalStandInTakesTheCodeAsTheOpenid() {
        WeChatLogins logins = new WeChatConfiguration().weChatLogins(new WeChatProperties("local", null, null, null),
                new MockEnvironment());

        assertThat(logins.exchange("mp", "alice").openid()).isEqualTo("local-alice");
    }

    @Test
    void theRealAdapterNeedsEachAppsCredentials() {
        assertThatThrownBy(() -> new WeChatConfiguration().weChatLogins(new WeChatProperties("api", null, null,
                Map.of("mp", new WeChatProperties.App("wx1", "s1"))), new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class);
    }
}
