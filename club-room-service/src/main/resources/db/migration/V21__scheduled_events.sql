-- Scheduled events (日程): public, with hosts and guests by uid; started, one is bound to the room it opened.
CREATE TABLE scheduled_event (
    id                 BIGSERIAL PRIMARY KEY,
    event_id           VARCHAR(32)   NOT NULL UNIQUE,
    name               VARCHAR(100)  NOT NULL,
    description        VARCHAR(500),
    event_time         TIMESTAMPTZ   NOT NULL,
    creator_account_id BIGINT        NOT NULL,
    creator_uid        VARCHAR(32)   NOT NULL,
    -- The last editor (the document's uid), the creator until someone edits it.
    editor_uid         VARCHAR(32)   NOT NULL,
    member_uids        TEXT          NOT NULL,
    room_id            VARCHAR(32),
    deleted            BOOLEAN       NOT NULL DEFAULT FALSE,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL
);

CREATE INDEX scheduled_event_upcoming ON scheduled_event (event_time, event_id) WHERE NOT deleted;

CREATE TABLE event_subscription (
    event_pk      BIGINT      NOT NULL REFERENCES scheduled_event (id) ON DELETE CASCADE,
    account_id    BIGINT      NOT NULL,
    uid           VARCHAR(32) NOT NULL,
    subscribed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_pk, account_id)
);
