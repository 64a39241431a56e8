package com.communitysuite.clubroom.agora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The local suite's stand-in Agora project works locally; prod refuses it, and refuses no project at all. */
class AgoraConfigurationTest {

    private final AgoraConfiguration configuration = new AgoraConfiguration();

    @Test
    void theLocalProjectSignsTokensLocally() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");
        RtcTokens tokens = configuration.rtcTokens(new AgoraProperties(AgoraProperties.LOCAL_APP_ID,
                AgoraProperties.LOCAL_APP_CERTIFICATE, Duration.ofHours(1)), Clock.systemUTC(), local);
        assertThat(tokens.token("c".repeat(32), 1, RtcRole.SUBSCRIBER)).startsWith("007");
    }

    @Test
    void prodRefusesTheLocalProjectOrNone() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> configuration.rtcTokens(new AgoraProperties(AgoraProperties.LOCAL_APP_ID,
                AgoraProperties.LOCAL_APP_CERTIFICATE, null), Clock.systemUTC(), prod))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused under the prod profile");
        assertThatThrownBy(() -> configuration.rtcTokens(new AgoraProperties(null, null, null), Clock.systemUTC(),
                prod)).isInstanceOf(IllegalStateException.class);
        assertThat(configuration.rtcTokens(new AgoraProperties("970CA35de60c44645bbae8a215061b33",
                "5CFd2fd1755d40ecb72977518be15d3b", null), Clock.systemUTC(), prod)).isNotNull();
    }
}
