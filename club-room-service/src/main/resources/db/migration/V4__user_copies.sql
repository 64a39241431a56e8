-- Local read model of other services' user data, fed by their events: who exists, how they show themselves,
-- who blocked whom and who sent whom a business card.
CREATE TABLE user_copy (
    account_id  BIGINT PRIMARY KEY,
    uid         VARCHAR(32),
    nickname    TEXT,
    avatar      TEXT,
    bio         TEXT,
    email       TEXT,
    -- Set when the account logged off: its data is gone and later events about it are ignored.
    erased      BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX user_copy_by_uid ON user_copy (uid);

CREATE TABLE user_block_copy (
    blocker_account_id BIGINT NOT NULL,
    blocked_account_id BIGINT NOT NULL,
    PRIMARY KEY (blocker_account_id, blocked_account_id)
);

CREATE INDEX user_block_copy_blocked ON user_block_copy (blocked_account_id);

CREATE TABLE business_card_copy (
    from_account_id BIGINT NOT NULL,
    to_account_id   BIGINT NOT NULL,
    PRIMARY KEY (from_account_id, to_account_id)
);

CREATE INDEX business_card_copy_to ON business_card_copy (to_account_id);
