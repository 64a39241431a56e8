package com.communitysuite.clubroom.room;

/**
 * Who may see and enter a room: anyone a public room; a club's members a club room; the creator and invitees an
 * invite-only room. Its creator and anyone already present always may. The original let anyone who knew a room's id
 * read it and take a publisher token; this closes that.
 */
final class RoomAccess {

    private RoomAccess() {
    }

    static boolean mayEnter(Room room, long accountId, boolean clubMember, boolean invited, boolean present) {
        if (room.isPublic() || room.createdBy(accountId) || present) {
            return true;
        }
        if (room.inviteOnly()) {
            return invited;
        }
        return clubMember || invited;
    }
}
