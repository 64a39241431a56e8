package com.communitysuite.clubroom.room;

import com.communitysuite.platform.domain.NotAllowedException;

/**
 * Who may use the room's commands beyond roles, by their role there (as the original): a host mutes those who speak
 * and pins; hosts and speakers show tools. The live stage's rules are {@link LiveStage}'s.
 */
final class RoomRights {

    private RoomRights() {
    }

    /** A host may tell a speaker or another host (or themself) to mute; the audience has no microphone to mute. */
    static void mayMute(Participant actor, Participant target) {
        require(actor.role() == RoomRole.HOST && target.role() != RoomRole.AUDIENCE);
    }

    static void mayShowTools(Participant actor) {
        require(actor.role() != RoomRole.AUDIENCE);
    }

    static void mayPin(Participant actor) {
        require(actor.role() == RoomRole.HOST);
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new NotAllowedException("room.not-host", RoomLive.NOT_HOST);
        }
    }
}
