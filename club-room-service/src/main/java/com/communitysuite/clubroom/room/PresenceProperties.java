package com.communitysuite.clubroom.room;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param heartbeatTimeout  a connection not heard from this long counts as having left (the original's idle 120 s)
 * @param sweepInterval     how often each replica looks for such connections
 * @param iconLifetime      how long an icon a speaker shows stays (the original's about 15 s)
 * @param iconSweepInterval how often each replica looks for icons whose time is up, to tell the room
 */
@ConfigurationProperties("club-room.presence")
public record PresenceProperties(Duration heartbeatTimeout, Duration sweepInterval, Duration iconLifetime,
        Duration iconSweepInterval) {

    public PresenceProperties {
        heartbeatTimeout = heartbeatTimeout == null ? Duration.ofSeconds(120) : heartbeatTimeout;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(10) : sweepInterval;
        iconLifetime = iconLifetime == null ? Duration.ofSeconds(15) : iconLifetime;
        iconSweepInterval = iconSweepInterval == null ? Duration.ofSeconds(1) : iconSweepInterval;
    }
}
