package com.communitysuite.clubroom.room;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.communitysuite.platform.domain.NotAllowedException;

class RoomRightsTest {

    private final Participant host = Participants.of("host", RoomRole.HOST);
    private final Participant otherHost = Participants.of("other-host", RoomRole.HOST);
    private final Participant speaker = Participants.of("speaker", RoomRole.SPEAKER);
    private final Participant listener = Participants.of("listener", RoomRole.AUDIENCE);

    @Test
    void aHostMutesThoseWhoSpeak() {
        assertThatCode(() -> RoomRights.mayMute(host, speaker)).doesNotThrowAnyException();
        assertThatCode(() -> RoomRights.mayMute(host, otherHost)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RoomRights.mayMute(host, listener)).as("the audience has no microphone on")
                .isInstanceOf(NotAllowedException.class).hasMessage("权限不足");
    }

    @Test
    void nobodyButAHostMutes() {
        assertThatThrownBy(() -> RoomRights.mayMute(speaker, otherHost)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> RoomRights.mayMute(listener, speaker)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void speakersAndHostsShowToolsAndTheAudienceDoesNot() {
        assertThatCode(() -> RoomRights.mayShowTools(host)).doesNotThrowAnyException();
        assertThatCode(() -> RoomRights.mayShowTools(speaker)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RoomRights.mayShowTools(listener)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void onlyHostsPin() {
        assertThatCode(() -> RoomRights.mayPin(host)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RoomRights.mayPin(speaker)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> RoomRights.mayPin(listener)).isInstanceOf(NotAllowedException.class);
    }
}
