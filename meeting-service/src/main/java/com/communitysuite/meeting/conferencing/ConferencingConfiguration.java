package com.communitysuite.meeting.conferencing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The meeting platforms that have host accounts: the real adapters, or under {@code mode: local} the stand-in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConferencingProperties.class)
class ConferencingConfiguration {

    @Bean
    MeetingPlatforms meetingPlatforms(ConferencingProperties properties, Environment environment, Clock clock) {
        List<MeetingPlatform> platforms = new ArrayList<>();
        if ("local".equals(properties.mode())) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("meeting.platforms.mode=local books meetings nobody can join:"
                        + " it is refused under the prod profile");
            }
            addIfHosted(platforms, new LocalMeetingPlatform(ZoomMeetingPlatform.NAME, properties.zoom().hosts()));
            addIfHosted(platforms, new LocalMeetingPlatform(TencentMeetingPlatform.NAME, properties.tencent().hosts()));
            addIfHosted(platforms, new LocalMeetingPlatform(WeLinkMeetingPlatform.NAME, properties.welink().hosts()));
        }
        else {
            addIfHosted(platforms, new ZoomMeetingPlatform(properties.zoom(), clock));
            addIfHosted(platforms, new TencentMeetingPlatform(properties.tencent(), clock));
            addIfHosted(platforms, new WeLinkMeetingPlatform(properties.welink(), clock));
        }
        return new MeetingPlatforms(platforms);
    }

    private static void addIfHosted(List<MeetingPlatform> platforms, MeetingPlatform platform) {
        if (!platform.hosts().isEmpty()) {
            platforms.add(platform);
        }
    }
}
