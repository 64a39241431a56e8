-- One profile per account for every surface: the app's bio is the campus sign; app accounts start uninitialised.
ALTER TABLE user_profile RENAME COLUMN sign TO bio;
ALTER TABLE user_profile ALTER COLUMN bio TYPE VARCHAR(1000);
ALTER TABLE user_profile ADD COLUMN initialised BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE user_profile ADD COLUMN email VARCHAR(100);
-- Grows with every change of level or activity level (user.levels-changed carries it).
ALTER TABLE user_profile ADD COLUMN levels_version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX user_profile_nickname ON user_profile (nickname, account_id);

-- One-way blocks: account_id blocked blocked_account_id.
CREATE TABLE user_block (
    account_id          BIGINT       NOT NULL REFERENCES user_profile (account_id) ON DELETE CASCADE,
    blocked_account_id  BIGINT       NOT NULL REFERENCES user_profile (account_id) ON DELETE CASCADE,
    created_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (account_id, blocked_account_id),
    CHECK (account_id <> blocked_account_id)
);
CREATE INDEX user_block_newest ON user_block (account_id, created_at DESC);
CREATE INDEX user_block_blocked ON user_block (blocked_account_id);

-- Business cards in the receiver's holder; hidden when sent while the receiver blocked the sender.
CREATE TABLE user_card (
    receiver_account_id BIGINT       NOT NULL REFERENCES user_profile (account_id) ON DELETE CASCADE,
    sender_account_id   BIGINT       NOT NULL REFERENCES user_profile (account_id) ON DELETE CASCADE,
    created_at          TIMESTAMPTZ  NOT NULL,
    hidden              BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (receiver_account_id, sender_account_id),
    CHECK (receiver_account_id <> sender_account_id)
);
CREATE INDEX user_card_newest ON user_card (receiver_account_id, created_at DESC);
CREATE INDEX user_card_sender ON user_card (sender_account_id);

-- mp groups: 1 SIG, 2 MSG, 3 Pro (专家委员会).
CREATE TABLE mp_group (
    id          BIGSERIAL     PRIMARY KEY,
    name        VARCHAR(50)   NOT NULL UNIQUE,
    group_type  SMALLINT      NOT NULL CHECK (group_type IN (1, 2, 3)),
    etherpad    VARCHAR(128)  NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL
);

CREATE TABLE group_member (
    group_id    BIGINT       NOT NULL REFERENCES mp_group (id) ON DELETE CASCADE,
    account_id  BIGINT       NOT NULL REFERENCES user_profile (account_id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX group_member_account ON group_member (account_id);

CREATE TABLE mp_city (
    id          BIGSERIAL     PRIMARY KEY,
    name        VARCHAR(20)   NOT NULL,
    etherpad    VARCHAR(128)  NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX mp_city_name ON mp_city (lower(name));

CREATE TABLE city_member (
    city_id     BIGINT       NOT NULL REFERENCES mp_city (id) ON DELETE CASCADE,
    account_id  BIGINT       NOT NULL REFERENCES user_profile (account_id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (city_id, account_id)
);
CREATE INDEX city_member_account ON city_member (account_id);
