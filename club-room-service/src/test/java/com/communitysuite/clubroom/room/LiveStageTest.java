package com.communitysuite.clubroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.communitysuite.clubroom.room.LiveStage.Action;
import com.communitysuite.clubroom.room.LiveStage.Status;
import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;

class LiveStageTest {

    private final Participant host = Participants.of("host", RoomRole.HOST);
    private final Participant speaker = Participants.of("speaker", RoomRole.SPEAKER);
    private final Participant other = Participants.of("other", RoomRole.SPEAKER);
    private final Participant listener = Participants.of("listener", RoomRole.AUDIENCE);

    @Test
    void onlyAHostOpensAndClosesTheStage() {
        assertThatThrownBy(() -> LiveStage.CLOSED.after(Action.OPEN, speaker)).isInstanceOf(NotAllowedException.class);
        LiveStage open = LiveStage.CLOSED.after(Action.OPEN, host);
        assertThat(open).isEqualTo(new LiveStage(Status.OPEN, null));
        assertThatThrownBy(() -> open.after(Action.CLOSE, speaker)).isInstanceOf(NotAllowedException.class);
        assertThat(open.after(Action.CLOSE, host)).isEqualTo(LiveStage.CLOSED);
    }

    @Test
    void hostsAndSpeakersGoUpOneAtATimeAndTheAudienceNever() {
        LiveStage open = new LiveStage(Status.OPEN, null);
        assertThatThrownBy(() -> open.after(Action.UP, listener)).isInstanceOf(NotAllowedException.class);
        LiveStage up = open.after(Action.UP, speaker);
        assertThat(up).isEqualTo(new LiveStage(Status.UP, speaker.uid()));
        assertThatThrownBy(() -> up.after(Action.UP, other)).isInstanceOf(ConflictException.class)
                .hasMessage(LiveStage.SOMEONE_UP);
        assertThat(new LiveStage(Status.DOWN, null).after(Action.UP, host).uid()).isEqualTo(host.uid());
    }

    @Test
    void theOneUpOrAHostTakesThemDown() {
        LiveStage up = new LiveStage(Status.UP, speaker.uid());
        assertThatThrownBy(() -> up.after(Action.DOWN, other)).isInstanceOf(NotAllowedException.class);
        assertThat(up.after(Action.DOWN, speaker)).isEqualTo(new LiveStage(Status.DOWN, null));
        assertThat(up.after(Action.DOWN, host).status()).isEqualTo(Status.DOWN);
        assertThatThrownBy(() -> new LiveStage(Status.DOWN, null).after(Action.DOWN, host))
                .isInstanceOf(ConflictException.class).hasMessage(LiveStage.NOBODY_UP);
    }

    @Test
    void aClosedStageTakesNothingButOpeningAndAnOpenOneIsNotOpenedTwice() {
        for (Action action : new Action[] { Action.CLOSE, Action.UP, Action.DOWN }) {
            assertThatThrownBy(() -> LiveStage.CLOSED.after(action, host)).isInstanceOf(ConflictException.class)
                    .hasMessage(LiveStage.NOT_OPEN);
        }
        assertThatThrownBy(() -> new LiveStage(Status.UP, speaker.uid()).after(Action.OPEN, host))
                .isInstanceOf(ConflictException.class).hasMessage(LiveStage.ALREADY_OPEN);
    }

    @Test
    void theOneUpWhoLeavesComesDownAndNobodyElseChangesTheStage() {
        LiveStage up = new LiveStage(Status.UP, speaker.uid());
        assertThat(up.without(speaker.uid())).contains(new LiveStage(Status.DOWN, null));
        assertThat(up.without(other.uid())).isEmpty();
        assertThat(new LiveStage(Status.OPEN, null).without(speaker.uid())).isEmpty();
    }

    @Test
    void theStageIsStoredByItsWireNames() {
        assertThat(LiveStage.of(null, null)).isEqualTo(LiveStage.CLOSED);
        assertThat(LiveStage.of("up", "u")).isEqualTo(new LiveStage(Status.UP, "u"));
        assertThat(LiveStage.of("down", "u")).isEqualTo(new LiveStage(Status.DOWN, null));
        assertThat(Action.named("up")).contains(Action.UP);
        assertThat(Action.named("UP")).isEmpty();
        assertThat(Action.named(null)).isEmpty();
    }
}
