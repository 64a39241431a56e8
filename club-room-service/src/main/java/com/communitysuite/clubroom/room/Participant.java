package com.communitysuite.clubroom.room;

import java.time.Duration;
import java.time.Instant;

/**
 * Someone who took part in a room: their Agora uid there ({@code ruid}, kept for the room's life), their role and
 * whether they are present. Present means connected and heard from within the heartbeat timeout, on any replica.
 *
 * @param connectionId the live connection that holds the presence (a newer one replaces it)
 * @param tool         the image or link they show, or null
 * @param icon         the icon they show (until it expires), or null
 */
public record Participant(long roomPk, long accountId, String uid, int ruid, RoomRole role, String connectionId,
        boolean connected, boolean handRaised, boolean invitedToSpeak, Instant joinedAt, Instant lastSeenAt,
        ShownTool tool, ShownTool icon) {

    public boolean presentAt(Instant now, Duration timeout) {
        return connected && lastSeenAt != null && !lastSeenAt.isBefore(now.minus(timeout));
    }
}
