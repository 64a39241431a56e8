-- The campus platform's categories and addresses (activity.category_id, activity.location_id point here).
CREATE TABLE activity_category (
    id    BIGSERIAL    PRIMARY KEY,
    name  VARCHAR(50)  NOT NULL CONSTRAINT activity_category_name UNIQUE
);

CREATE TABLE activity_address (
    id         BIGSERIAL       PRIMARY KEY,
    name       VARCHAR(50)     NOT NULL CONSTRAINT activity_address_name UNIQUE,
    longitude  NUMERIC(10, 6)  NOT NULL,
    latitude   NUMERIC(10, 6)  NOT NULL
);

-- Keywords of a campus activity's name and description, for the recommender.
ALTER TABLE activity ADD COLUMN keywords TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX activity_by_organization ON activity (organization_id, id) WHERE organization_id IS NOT NULL;
CREATE INDEX activity_by_block ON activity (block_id, id) WHERE block_id IS NOT NULL;
CREATE INDEX activity_by_course ON activity (course_id) WHERE course_id IS NOT NULL;

-- A campus comment: one per user per activity; score 0-5 in halves, 0 unrated.
CREATE TABLE activity_comment (
    id           BIGSERIAL     PRIMARY KEY,
    activity_id  BIGINT        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    account_id   BIGINT        NOT NULL,
    content      VARCHAR(500),
    score        NUMERIC(2, 1) NOT NULL CHECK (score >= 0 AND score <= 5 AND score * 2 = floor(score * 2)),
    created_at   TIMESTAMPTZ   NOT NULL,
    updated_at   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT comment_once UNIQUE (activity_id, account_id)
);

-- Read models fed by club-room-service's events: organizations, their managers and followers, blocks.
CREATE TABLE organization_copy (
    id                BIGINT       PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    cover             VARCHAR(500),
    block_id          BIGINT,
    owner_account_id  BIGINT       NOT NULL,
    version           BIGINT       NOT NULL,
    first_seen_at     TIMESTAMPTZ  NOT NULL
);

CREATE TABLE organization_manager_copy (
    organization_id  BIGINT  NOT NULL,
    account_id       BIGINT  NOT NULL,
    PRIMARY KEY (organization_id, account_id)
);

CREATE TABLE organization_follow_copy (
    organization_id  BIGINT  NOT NULL,
    account_id       BIGINT  NOT NULL,
    PRIMARY KEY (account_id, organization_id)
);

CREATE TABLE block_copy (
    id    BIGINT       PRIMARY KEY,
    name  VARCHAR(100) NOT NULL
);

-- Users as campus shows them (name, avatar, email, sign), from user-service's and account-service's events.
CREATE TABLE person_copy (
    account_id  BIGINT       PRIMARY KEY,
    nickname    VARCHAR(100),
    avatar      VARCHAR(500),
    email       VARCHAR(200),
    bio         VARCHAR(500)
);

-- The recommender's portrait of a user: how many of the user's joins are in each category and carry each keyword.
-- Rebuilt from the user's joins whenever a join, a leave or an edit of a joined activity is heard of.
CREATE TABLE recommender_portrait (
    account_id  BIGINT       NOT NULL,
    kind        VARCHAR(8)   NOT NULL CHECK (kind IN ('category', 'keyword')),
    term        VARCHAR(100) NOT NULL,
    weight      INTEGER      NOT NULL CHECK (weight > 0),
    PRIMARY KEY (account_id, kind, term)
);

-- Members of a wx H5 activity page: their WeChat profile, the information the page collects, and their sign-in to
-- the activity's course.
CREATE TABLE wx_member (
    activity_id   BIGINT        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    member_id     VARCHAR(64)   NOT NULL,
    icon          VARCHAR(500),
    nickname      VARCHAR(100),
    real_name     VARCHAR(50),
    phone         VARCHAR(20),
    joined_at     TIMESTAMPTZ   NOT NULL,
    signed_in_at  TIMESTAMPTZ,
    PRIMARY KEY (activity_id, member_id)
);

-- Campus activity names are unique, as the original's model had them (the mp and request-code surfaces are not).
CREATE UNIQUE INDEX activity_campus_name ON activity (title) WHERE surface = 'campus';
