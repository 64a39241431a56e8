-- The user's inbox: app messages (room invites, cards, events), campus notifications and mp review results.
CREATE TABLE inbox_message (
    id                   BIGSERIAL PRIMARY KEY,
    recipient_account_id BIGINT        NOT NULL,
    -- 0 alert (title, content, url); the app document's messageType
    message_type         SMALLINT      NOT NULL,
    -- 0 system, 1 official, 2 interactive (from another user: origin_uid is theirs)
    origin_push_type     SMALLINT      NOT NULL,
    origin_account_id    BIGINT,
    origin_uid           VARCHAR(64),
    title                VARCHAR(200)  NOT NULL,
    content              VARCHAR(4000) NOT NULL,
    url                  VARCHAR(500)  NOT NULL,
    -- the campus platform's notification type (1-10), and the activity and organization it is about
    campus_type          SMALLINT,
    activity_id          BIGINT,
    organization_id      BIGINT,
    unread               BOOLEAN       NOT NULL,
    created_at           TIMESTAMPTZ   NOT NULL
);
CREATE INDEX inbox_message_by_recipient ON inbox_message (recipient_account_id, id DESC);
CREATE INDEX inbox_message_unread ON inbox_message (recipient_account_id) WHERE unread;

-- JPush registration ids: one device per account and client type (1 iOS, 2 Android); an id has one owner.
CREATE TABLE push_device (
    registration_id VARCHAR(64) PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    client_type     SMALLINT    NOT NULL,
    bound_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT push_device_one_per_client UNIQUE (account_id, client_type)
);

-- Read models fed by user-service: display names, and who blocked whom (no message from a blocked user).
CREATE TABLE profile (
    account_id BIGINT PRIMARY KEY,
    uid        VARCHAR(64)  NOT NULL,
    nickname   VARCHAR(100) NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);
CREATE TABLE user_block (
    blocker_account_id BIGINT      NOT NULL,
    blocked_account_id BIGINT      NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (blocker_account_id, blocked_account_id)
);
CREATE INDEX user_block_blocked ON user_block (blocked_account_id);

-- Campus blocks by name (fed by club-room-service): comments in the Boya block notify nobody.
CREATE TABLE campus_block (
    block_id BIGINT PRIMARY KEY,
    name     VARCHAR(100) NOT NULL
);

-- Every message to the outside (push, sms, email, wechat), written in the transaction that decided it and sent by
-- whichever replica claims it first: never lost, sent once.
CREATE TABLE delivery (
    id            BIGSERIAL PRIMARY KEY,
    channel       VARCHAR(16)  NOT NULL,
    recipient     VARCHAR(320) NOT NULL,
    payload       TEXT         NOT NULL,
    -- PENDING, SENT, FAILED (gave up or refused for good), DROPPED (nobody to send to), EXPIRED (too late)
    status        VARCHAR(16)  NOT NULL,
    due_at        TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ,
    claimed_until TIMESTAMPTZ,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    last_error    TEXT,
    created_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ
);
CREATE INDEX delivery_pending_due ON delivery (due_at) WHERE status = 'PENDING';
CREATE INDEX delivery_finished ON delivery (finished_at) WHERE status <> 'PENDING';

-- Meetings as meeting-service announced them, and who collected them (reminder recipients).
CREATE TABLE meeting (
    meeting_id         BIGINT PRIMARY KEY,
    topic              VARCHAR(200) NOT NULL,
    group_name         VARCHAR(100),
    platform           VARCHAR(32),
    meeting_code       VARCHAR(64),
    meeting_date       VARCHAR(10)  NOT NULL,
    start_time         VARCHAR(5)   NOT NULL,
    starts_at          TIMESTAMPTZ  NOT NULL,
    creator_account_id BIGINT       NOT NULL,
    cancelled          BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE TABLE meeting_collector (
    meeting_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, account_id)
);
CREATE INDEX meeting_collector_account ON meeting_collector (account_id);

-- Scheduled app events (club-room-service), their members and subscribers (reminder recipients).
CREATE TABLE scheduled_event (
    event_id           VARCHAR(64) PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    event_time         TIMESTAMPTZ  NOT NULL,
    creator_account_id BIGINT,
    version            BIGINT       NOT NULL,
    -- a guest started it: its room is open, nobody needs reminding any more
    started            BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE TABLE event_member (
    event_id   VARCHAR(64) NOT NULL,
    account_id BIGINT      NOT NULL,
    PRIMARY KEY (event_id, account_id)
);
CREATE INDEX event_member_account ON event_member (account_id);
CREATE TABLE event_subscriber (
    event_id   VARCHAR(64) NOT NULL,
    account_id BIGINT      NOT NULL,
    PRIMARY KEY (event_id, account_id)
);
CREATE INDEX event_subscriber_account ON event_subscriber (account_id);

-- Deliveries due later (a meeting's or an event's reminder): fired once, by one replica, even after a restart.
CREATE TABLE reminder (
    id         BIGSERIAL PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL,
    subject_id VARCHAR(64) NOT NULL,
    due_at     TIMESTAMPTZ NOT NULL,
    -- PENDING, FIRED, CANCELLED
    status     VARCHAR(16) NOT NULL,
    fired_at   TIMESTAMPTZ,
    CONSTRAINT reminder_one_per_subject UNIQUE (kind, subject_id)
);
CREATE INDEX reminder_pending_due ON reminder (due_at) WHERE status = 'PENDING';
