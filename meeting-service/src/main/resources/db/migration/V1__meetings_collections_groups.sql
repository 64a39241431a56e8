-- Host accounts of a meeting platform are shared by all bookings; btree_gist lets one exclusion constraint compare a
-- host's name for equality and its booked time for overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- user-service's mp groups and cities and their members, as its events tell them (who may book for which group).
CREATE TABLE meeting_group (
    id       BIGINT PRIMARY KEY,
    name     VARCHAR(128) NOT NULL,
    type     VARCHAR(16)  NOT NULL,
    etherpad VARCHAR(255)
);
CREATE INDEX meeting_group_name ON meeting_group (name);

CREATE TABLE group_member (
    group_id   BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, account_id)
);

CREATE TABLE meeting_city (
    id       BIGINT PRIMARY KEY,
    name     VARCHAR(64) NOT NULL,
    etherpad VARCHAR(255)
);
CREATE INDEX meeting_city_name ON meeting_city (name);

CREATE TABLE city_member (
    city_id    BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (city_id, account_id)
);

CREATE TABLE meeting (
    id                 BIGSERIAL PRIMARY KEY,
    creator_account_id BIGINT       NOT NULL,
    group_id           BIGINT       NOT NULL,
    group_name         VARCHAR(128) NOT NULL,
    meeting_type       INTEGER      NOT NULL,
    city               VARCHAR(64),
    topic              VARCHAR(128) NOT NULL,
    sponsor            VARCHAR(20)  NOT NULL,
    meeting_date       DATE         NOT NULL,
    start_time         VARCHAR(5)   NOT NULL,
    end_time           VARCHAR(5)   NOT NULL,
    starts_at          TIMESTAMPTZ  NOT NULL,
    ends_at            TIMESTAMPTZ  NOT NULL,
    -- ends_at plus the 30 minutes a host rests between meetings (a column: timestamptz + interval is not immutable).
    host_held_until    TIMESTAMPTZ  NOT NULL,
    agenda             TEXT,
    etherpad           VARCHAR(255) NOT NULL,
    emaillist          TEXT,
    record             VARCHAR(10)  NOT NULL,
    platform           VARCHAR(20)  NOT NULL,
    host_id            VARCHAR(128) NOT NULL,
    -- mid and join_url are written in the booking's transaction once the platform answered.
    mid                VARCHAR(64),
    mmid               VARCHAR(64),
    join_url           VARCHAR(512),
    replay_url         VARCHAR(255),
    created_at         TIMESTAMPTZ  NOT NULL,
    cancelled_at       TIMESTAMPTZ,
    -- One host account never holds two meetings less than 30 minutes apart, however many bookings race.
    CONSTRAINT meeting_host_free EXCLUDE USING gist (
        platform WITH =, host_id WITH =, tstzrange(starts_at, host_held_until, '[)') WITH &&)
        WHERE (cancelled_at IS NULL)
);
CREATE INDEX meeting_live_by_date ON meeting (meeting_date DESC, start_time) WHERE cancelled_at IS NULL;
CREATE INDEX meeting_live_by_creator ON meeting (creator_account_id) WHERE cancelled_at IS NULL;
CREATE UNIQUE INDEX meeting_live_mid ON meeting (platform, mid) WHERE cancelled_at IS NULL;

CREATE TABLE meeting_collection (
    id         BIGSERIAL PRIMARY KEY,
    meeting_id BIGINT      NOT NULL REFERENCES meeting (id),
    account_id BIGINT      NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (meeting_id, account_id)
);
CREATE INDEX meeting_collection_account ON meeting_collection (account_id);
