package com.communitysuite.clubroom.room;

import java.util.Map;

/**
 * A message for the live connections of a room (all of them, or the one named), raised inside the change it tells
 * of; the presence channel delivers it to every replica's connections once that change is committed.
 *
 * @param connectionId the one connection it is for, or null for everyone in the room
 */
public record RoomSignal(String roomId, String connectionId, Map<String, Object> message) {

    public static RoomSignal toRoom(String roomId, Map<String, Object> message) {
        return new RoomSignal(roomId, null, message);
    }

    public static RoomSignal toConnection(String roomId, String connectionId, Map<String, Object> message) {
        return new RoomSignal(roomId, connectionId, message);
    }
}
