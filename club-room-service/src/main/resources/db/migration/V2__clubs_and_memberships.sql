-- One club is both the app's 圈子 (clubId, 32 hex) and the campus organization (组织, numeric id).
CREATE TABLE club (
    id               BIGSERIAL PRIMARY KEY,
    club_id          VARCHAR(32)   NOT NULL UNIQUE,
    name             VARCHAR(100)  NOT NULL,
    description      VARCHAR(500),
    cover            VARCHAR(1000),
    -- Campus organizations belong to a block; clubs created in the app belong to none.
    block_id         BIGINT REFERENCES block (id) ON DELETE CASCADE,
    owner_account_id BIGINT        NOT NULL,
    owner_uid        VARCHAR(32)   NOT NULL,
    member_total     INTEGER       NOT NULL DEFAULT 0,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL
);

-- Organization names are unique on campus (as the original's unique name); app clubs may share names.
CREATE UNIQUE INDEX club_organization_name ON club (name) WHERE block_id IS NOT NULL;
CREATE INDEX club_block ON club (block_id);
CREATE INDEX club_owner ON club (owner_account_id);

-- A member of a club is a follower of the organization; managers are members with the manager role.
CREATE TABLE club_member (
    id         BIGSERIAL PRIMARY KEY,
    club_pk    BIGINT      NOT NULL REFERENCES club (id) ON DELETE CASCADE,
    account_id BIGINT      NOT NULL,
    uid        VARCHAR(32) NOT NULL,
    manager    BOOLEAN     NOT NULL DEFAULT FALSE,
    joined_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT club_member_once UNIQUE (club_pk, account_id)
);

CREATE INDEX club_member_by_account ON club_member (account_id, joined_at DESC);
CREATE INDEX club_member_by_club ON club_member (club_pk, joined_at DESC);
