package com.communitysuite.clubroom.room;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param snapshotValidity how long a share snapshot stays readable (the original's 30 days)
 */
@ConfigurationProperties("club-room.rooms")
public record RoomProperties(Duration snapshotValidity) {

    public RoomProperties {
        snapshotValidity = snapshotValidity == null ? Duration.ofDays(30) : snapshotValidity;
    }
}
