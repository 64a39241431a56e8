-- Voice rooms: public (no club), a club's (its members see it) or invite-only (its creator and invitees see it).
CREATE TABLE room (
    id                 BIGSERIAL PRIMARY KEY,
    room_id            VARCHAR(32)  NOT NULL UNIQUE,
    name               VARCHAR(100),
    club_id            VARCHAR(32),
    invite_only        BOOLEAN      NOT NULL,
    creator_account_id BIGINT       NOT NULL,
    creator_uid        VARCHAR(32)  NOT NULL,
    closed             BOOLEAN      NOT NULL DEFAULT FALSE,
    -- The last Agora uid handed out in this room (each participant gets the next one).
    last_ruid          INTEGER      NOT NULL DEFAULT 0,
    created_at         TIMESTAMPTZ  NOT NULL,
    closed_at          TIMESTAMPTZ
);

CREATE INDEX room_open_newest ON room (created_at DESC, room_id DESC) WHERE NOT closed;
CREATE INDEX room_club ON room (club_id) WHERE club_id IS NOT NULL;

-- Who was invited to a room: what lets an invitee see and enter an invite-only room.
CREATE TABLE room_invite (
    room_pk    BIGINT      NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    account_id BIGINT      NOT NULL,
    invited_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (room_pk, account_id)
);

CREATE INDEX room_invite_by_account ON room_invite (account_id);

-- Presence: one row per user who took part in a room. Shared by every replica; a row is present while it is
-- connected and its last heartbeat is recent (a replica that lost the socket or died stops renewing it).
CREATE TABLE room_participant (
    room_pk        BIGINT      NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    account_id     BIGINT      NOT NULL,
    uid            VARCHAR(32) NOT NULL,
    ruid           INTEGER     NOT NULL,
    -- 0 audience, 1 speaker, 2 host
    role           SMALLINT    NOT NULL DEFAULT 0,
    connection_id  VARCHAR(64),
    connected      BOOLEAN     NOT NULL DEFAULT FALSE,
    hand_raised    BOOLEAN     NOT NULL DEFAULT FALSE,
    invited_to_speak BOOLEAN   NOT NULL DEFAULT FALSE,
    joined_at      TIMESTAMPTZ,
    last_seen_at   TIMESTAMPTZ,
    PRIMARY KEY (room_pk, account_id),
    CONSTRAINT room_participant_ruid UNIQUE (room_pk, ruid)
);

CREATE INDEX room_participant_connected ON room_participant (last_seen_at) WHERE connected;

-- Share snapshots of a room (POST /room/{id}/cache), read by the H5 page; kept 30 days.
CREATE TABLE room_snapshot (
    snapshot_id      VARCHAR(32)  PRIMARY KEY,
    room_pk          BIGINT       NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    from_account_id  BIGINT       NOT NULL,
    content          TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL
);

CREATE INDEX room_snapshot_expiry ON room_snapshot (expires_at);
