package com.communitysuite.meeting;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param zone            the community's time zone: meetings' dates and times, "today" and "now" are in it (the
 *                        original ran on Beijing time)
 * @param etherpadPrefix  the community's etherpad; a meeting's notes link must start with it
 * @param defaultPlatform the platform a request without {@code platform} is booked on
 */
@ConfigurationProperties("meeting")
public record MeetingProperties(ZoneId zone, String etherpadPrefix, String defaultPlatform) {

    public MeetingProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        etherpadPrefix = etherpadPrefix == null ? "https://etherpad.mindspore.cn" : etherpadPrefix;
        defaultPlatform = defaultPlatform == null ? "tencent" : defaultPlatform;
    }
}
