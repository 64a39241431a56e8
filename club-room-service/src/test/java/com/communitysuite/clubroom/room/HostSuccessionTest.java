package com.communitysuite.clubroom.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HostSuccessionTest {

    @Test
    void aRoomWithAnotherHostGoesOn() {
        HostSuccession next = HostSuccession.after(p(1, RoomRole.HOST), List.of(p(2, RoomRole.HOST),
                p(3, RoomRole.SPEAKER)));
        assertThat(next.promoted()).isEmpty();
        assertThat(next.closes()).isFalse();
    }

    @Test
    void theLastHostsPlaceGoesToTheLongestStandingSpeaker() {
        HostSuccession next = HostSuccession.after(p(1, RoomRole.HOST), List.of(p(7, RoomRole.SPEAKER),
                p(4, RoomRole.SPEAKER), p(2, RoomRole.AUDIENCE)));
        assertThat(next.promoted()).map(Participant::ruid).contains(4);
        assertThat(next.closes()).isFalse();
    }

    @Test
    void withNoSpeakerTheRoomClosesEvenWithListenersLeft() {
        assertThat(HostSuccession.after(p(1, RoomRole.HOST), List.of(p(2, RoomRole.AUDIENCE))).closes()).isTrue();
        assertThat(HostSuccession.after(p(1, RoomRole.HOST), List.of()).closes()).isTrue();
    }

    @Test
    void aSpeakerOrListenerLeavingChangesNothing() {
        assertThat(HostSuccession.after(p(3, RoomRole.SPEAKER), List.of(p(2, RoomRole.AUDIENCE))))
                .isEqualTo(new HostSuccession(java.util.Optional.empty(), false));
        assertThat(HostSuccession.after(p(3, RoomRole.AUDIENCE), List.of()).closes()).isFalse();
    }

    private static Participant p(int ruid, RoomRole role) {
        return new Participant(1, ruid, "u" + ruid, ruid, role, "c" + ruid, true, false, false, null, null, null,
                null);
    }
}
