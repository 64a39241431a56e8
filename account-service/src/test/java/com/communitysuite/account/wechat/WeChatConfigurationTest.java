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
    void theLocalH5StandInIsRefusedUnderTheProdProfileAndTakesTheCodeAsTheMiniProgramsOpenid() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        WeChatProperties local = new WeChatProperties("local", null, null, null);

        assertThatThrownBy(() -> new WeChatConfiguration().weChatWebLogins(local, prod))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
        assertThat(new WeChatConfiguration().weChatWebLogins(local, new MockEnvironment()).exchange("alice").openid())
                .isEqualTo(new WeChatConfiguration().weChatLogins(local, new MockEnvironment())
                        .exchange("mp", "alice").openid());
    }

    @Test
    void theRealH5AdapterNeedsTheOfficialAccountsCredentials() {
        WeChatProperties withoutH5 = new WeChatProperties("api", null, null,
                Map.of("mp", new WeChatProperties.App("wx1", "s1"), "campus", new WeChatProperties.App("wx2", "s2")));

        assertThatThrownBy(() -> new WeChatConfiguration().weChatWebLogins(withoutH5, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new WeChatConfiguration().weChatWebLogins(new WeChatProperties("api", null, null,
                Map.of("h5", new WeChatProperties.App("wx3", "s3"))), new MockEnvironment()))
                .isInstanceOf(WeChatApiWebLogins.class);
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
