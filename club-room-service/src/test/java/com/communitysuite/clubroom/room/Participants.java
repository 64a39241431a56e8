package com.communitysuite.clubroom.room;

/** Participants present in a room, for the rules' tests. */
final class Participants {

    private Participants() {
    }

    static Participant of(String uid, RoomRole role) {
        return new Participant(1, uid.hashCode(), uid, Math.abs(uid.hashCode() % 1000), role, "c-" + uid, true, false,
                false, null, null, null, null);
    }
}
