package com.communitysuite.clubroom.agora;

/** Issues the Agora RTC token with which one participant joins a room's channel. */
public interface RtcTokens {

    /**
     * @param channelName the room's channel (its roomId)
     * @param rtcUid      the participant's Agora uid in that channel
     */
    String token(String channelName, long rtcUid, RtcRole role);
}
