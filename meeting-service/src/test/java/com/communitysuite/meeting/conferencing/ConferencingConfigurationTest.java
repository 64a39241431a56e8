package com.communitysuite.meeting.conferencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which platforms are offered, and the local stand-in refused under prod. */
class ConferencingConfigurationTest {

    static ConferencingProperties properties(String mode) {
        return new ConferencingProperties(mode, new ConferencingProperties.Zoom(List.of("z1", " "), null, null, null,
                null, null), new ConferencingProperties.Tencent(List.of(), null, null, null, null, null, null),
                new ConferencingProperties.Welink(List.of("w1"), null, null, null));
    }

    @Test
    void onlyPlatformsWithHostsAreOfferedAndBlankHostsAreDropped() {
        MeetingPlatforms platforms = new ConferencingConfiguration().meetingPlatforms(properties("api"),
                new MockEnvironment(), Clock.systemUTC());

        assertThat(platforms.names()).containsExactly("zoom", "welink");
        assertThat(platforms.named("zoom").orElseThrow().hosts()).containsExactly("z1");
        assertThat(platforms.named("zoom").orElseThrow()).isInstanceOf(ZoomMeetingPlatform.class);
    }

    @Test
    void theLocalStandInHandsOutCodesAndLinksButNotUnderProd() {
        MeetingPlatforms platforms = new ConferencingConfiguration().meetingPlatforms(properties("local"),
                new MockEnvironment(), Clock.systemUTC());
        BookedMeeting booked = platforms.named("welink").orElseThrow().book("w1", new MeetingBooking("t", null,
                Instant.parse("2026-12-20T01:00:00Z"), Instant.parse("2026-12-20T02:00:00Z"),
                ZoneId.of("Asia/Shanghai"), false));
        assertThat(booked.mid()).hasSize(12).containsOnlyDigits();
        assertThat(booked.joinUrl()).isEqualTo("https://meeting.local.invalid/welink/j/" + booked.mid());

        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new ConferencingConfiguration().meetingPlatforms(properties("local"), prod,
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }
}
