package com.communitysuite.clubroom.room;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param heartbeatTimeout a connection not heard from this long counts as having left (the original's idle 120 s)
 * @param sweepInterval    how often each replica looks for such connections
 */
@ConfigurationProperties("club-room.presence")
public record PresenceProperties(Duration heartbeatTimeout, Duration sweepInterval) {

    public PresenceProperties {
        heartbeatTimeout = heartbeatTimeout == null ? Duration.ofSeconds(120) : heartbeatTimeout;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(10) : sweepInterval;
    }
}
