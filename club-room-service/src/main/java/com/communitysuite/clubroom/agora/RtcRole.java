package com.communitysuite.clubroom.agora;

/** What a room's participant may do in its Agora channel: hosts and speakers publish, the audience listens. */
public enum RtcRole {
    PUBLISHER, SUBSCRIBER
}
