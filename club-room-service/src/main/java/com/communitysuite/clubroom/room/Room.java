package com.communitysuite.clubroom.room;

import java.time.Instant;

/**
 * A voice room: public (no club, not invite-only), a club's (its members see it) or invite-only (its creator and
 * invitees see it; an invite-only room belongs to no club). {@code roomId} (32 hex) is also its Agora channel.
 *
 * @param name null when the creator gave none
 */
public record Room(long id, String roomId, String name, String clubId, boolean inviteOnly, long creatorAccountId,
        String creatorUid, boolean closed, Instant createdAt) {

    public boolean isPublic() {
        return clubId == null && !inviteOnly;
    }

    public boolean createdBy(long accountId) {
        return creatorAccountId == accountId;
    }
}
