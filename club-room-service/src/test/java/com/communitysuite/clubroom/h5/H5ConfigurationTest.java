package com.communitysuite.clubroom.h5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The fake-ticket stand-in runs locally only; the api mode needs the official account's credentials. */
class H5ConfigurationTest {

    private final H5Configuration configuration = new H5Configuration();

    @Test
    void theLocalStandInIsRefusedUnderProd() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");
        assertThat(configuration.jsApiTickets(new H5WeChatProperties("local", null, null, null, null), local,
                Clock.systemUTC())).isInstanceOf(LocalJsApiTickets.class);

        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> configuration.jsApiTickets(new H5WeChatProperties("local", null, null, null, null),
                prod, Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
        assertThat(configuration.jsApiTickets(new H5WeChatProperties("api", null, "wx", "secret", null), prod,
                Clock.systemUTC())).isInstanceOf(WeChatJsApiTickets.class);
    }
}
