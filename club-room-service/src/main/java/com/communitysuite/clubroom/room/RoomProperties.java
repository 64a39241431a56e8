package com.communitysuite.clubroom.room;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param snapshotValidity how long a share snapshot stays readable (the original's 30 days)
 * @param liveUids         the users shown with {@code allowLive: 1} (the original's {@code gateway.live-uid-list})
 */
@ConfigurationProperties("club-room.rooms")
public record RoomProperties(Duration snapshotValidity, Set<String> liveUids) {

    public RoomProperties {
        snapshotValidity = snapshotValidity == null ? Duration.ofDays(30) : snapshotValidity;
        liveUids = liveUids == null ? Set.of() : Set.copyOf(liveUids);
    }

    /** Whether the user is shown as one who may go live ({@code allowLive}). */
    public boolean allowsLive(String uid) {
        return liveUids.contains(uid);
    }
}
