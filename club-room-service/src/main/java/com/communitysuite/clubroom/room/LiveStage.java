package com.communitysuite.clubroom.room;

import java.util.Locale;
import java.util.Optional;

import com.communitysuite.platform.domain.ConflictException;
import com.communitysuite.platform.domain.NotAllowedException;

/**
 * The room's live video stage (the original's {@code live}): a host opens it, a host or a speaker goes up (one at a
 * time), the one up or a host takes them down, a host closes it. Someone up who leaves the room or joins the audience
 * goes down.
 *
 * @param uid who is up, while the status is {@link Status#UP}
 */
public record LiveStage(Status status, String uid) {

    public static final LiveStage CLOSED = new LiveStage(Status.CLOSED, null);
    static final String ALREADY_OPEN = "直播已开启";
    static final String NOT_OPEN = "直播未开启";
    static final String SOMEONE_UP = "已有人在直播";
    static final String NOBODY_UP = "当前无人直播";

    public enum Status {
        CLOSED, OPEN, UP, DOWN;

        /** The name the channel and the database use; null for closed (no stage). */
        public String wireName() {
            return this == CLOSED ? null : name().toLowerCase(Locale.ROOT);
        }

        static Status named(String wireName) {
            return wireName == null ? CLOSED : valueOf(wireName.toUpperCase(Locale.ROOT));
        }
    }

    /** What a member may ask of the stage. */
    public enum Action {
        OPEN, CLOSE, UP, DOWN;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Action> named(String wireName) {
            for (Action action : values()) {
                if (action.wireName().equals(wireName)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    static LiveStage of(String status, String uid) {
        Status parsed = Status.named(status);
        return new LiveStage(parsed, parsed == Status.UP ? uid : null);
    }

    /**
     * @return the stage after the actor's action
     * @throws NotAllowedException when the actor's role does not allow it
     * @throws ConflictException   when the stage is not in a state the action applies to
     */
    LiveStage after(Action action, Participant actor) {
        boolean host = actor.role() == RoomRole.HOST;
        return switch (action) {
            case OPEN -> {
                requireThat(host);
                if (status != Status.CLOSED) {
                    throw conflict(ALREADY_OPEN);
                }
                yield new LiveStage(Status.OPEN, null);
            }
            case CLOSE -> {
                requireThat(host);
                if (status == Status.CLOSED) {
                    throw conflict(NOT_OPEN);
                }
                yield CLOSED;
            }
            case UP -> {
                requireThat(host || actor.role() == RoomRole.SPEAKER);
                if (status == Status.CLOSED) {
                    throw conflict(NOT_OPEN);
                }
                if (status == Status.UP) {
                    throw conflict(SOMEONE_UP);
                }
                yield new LiveStage(Status.UP, actor.uid());
            }
            case DOWN -> {
                if (status != Status.UP) {
                    throw conflict(status == Status.CLOSED ? NOT_OPEN : NOBODY_UP);
                }
                requireThat(host || actor.uid().equals(uid));
                yield new LiveStage(Status.DOWN, null);
            }
        };
    }

    /** The stage once the member is no longer on it (they left, or joined the audience); empty when unchanged. */
    Optional<LiveStage> without(String memberUid) {
        return status == Status.UP && memberUid.equals(uid) ? Optional.of(new LiveStage(Status.DOWN, null))
                : Optional.empty();
    }

    private static void requireThat(boolean allowed) {
        if (!allowed) {
            throw new NotAllowedException("room.not-host", RoomLive.NOT_HOST);
        }
    }

    private static ConflictException conflict(String message) {
        return new ConflictException("room.live-stage", message);
    }
}
