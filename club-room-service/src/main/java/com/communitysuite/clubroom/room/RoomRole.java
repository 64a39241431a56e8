package com.communitysuite.clubroom.room;

import com.communitysuite.clubroom.agora.RtcRole;

/** A participant's part in a room, with the original's numbers: 0 audience, 1 speaker, 2 host. */
public enum RoomRole {
    AUDIENCE(0), SPEAKER(1), HOST(2);

    private final int code;

    RoomRole(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RoomRole of(int code) {
        for (RoomRole role : values()) {
            if (role.code == code) {
                return role;
            }
        }
        throw new IllegalArgumentException("no room role " + code);
    }

    /** Hosts and speakers publish their voice; the audience listens. */
    public RtcRole rtcRole() {
        return this == AUDIENCE ? RtcRole.SUBSCRIBER : RtcRole.PUBLISHER;
    }
}
