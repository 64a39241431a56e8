package com.communitysuite.clubroom.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RoomAccessTest {

    private static final long CREATOR = 1;
    private static final long OTHER = 2;

    private final Room publicRoom = room(null, false);
    private final Room clubRoom = room("c".repeat(32), false);
    private final Room inviteOnly = room(null, true);

    @Test
    void anyoneEntersAPublicRoom() {
        assertThat(RoomAccess.mayEnter(publicRoom, OTHER, false, false, false)).isTrue();
    }

    @Test
    void aClubRoomIsForTheClubsMembersAndThoseInvited() {
        assertThat(RoomAccess.mayEnter(clubRoom, OTHER, true, false, false)).isTrue();
        assertThat(RoomAccess.mayEnter(clubRoom, OTHER, false, true, false)).isTrue();
        assertThat(RoomAccess.mayEnter(clubRoom, OTHER, false, false, false)).isFalse();
    }

    @Test
    void anInviteOnlyRoomIsForItsCreatorAndInviteesOnly() {
        assertThat(RoomAccess.mayEnter(inviteOnly, CREATOR, false, false, false)).isTrue();
        assertThat(RoomAccess.mayEnter(inviteOnly, OTHER, false, true, false)).isTrue();
        assertThat(RoomAccess.mayEnter(inviteOnly, OTHER, true, false, false)).isFalse();
    }

    @Test
    void whoeverIsPresentMayStay() {
        assertThat(RoomAccess.mayEnter(inviteOnly, OTHER, false, false, true)).isTrue();
        assertThat(RoomAccess.mayEnter(clubRoom, OTHER, false, false, true)).isTrue();
    }

    private static Room room(String clubId, boolean inviteOnly) {
        return new Room(1, "r".repeat(32), "name", clubId, inviteOnly, CREATOR, "u".repeat(32), false, Instant.EPOCH);
    }
}
