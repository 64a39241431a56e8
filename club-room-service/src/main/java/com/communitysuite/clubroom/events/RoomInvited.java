package com.communitysuite.clubroom.events;

import com.communitysuite.platform.events.DomainEvent;
import com.communitysuite.platform.events.EventType;

/** A user invited another (who had sent them their card and is not in the room) to a room. */
@EventType("room.invited")
public record RoomInvited(String roomId, String roomName, long inviterAccountId, String inviterUid,
        String inviterNickname, long inviteeAccountId, String inviteeUid) implements DomainEvent {

    @Override
    public String aggregateId() {
        return roomId;
    }

    @Override
    public String actorId() {
        return inviterUid;
    }
}
