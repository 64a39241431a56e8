-- /mp/mycounts/ from meeting-service's and activity-service's events: the state each event says, never increments,
-- so redelivered and reordered events converge.

-- Each activity's owner, surface and status as of its highest version seen; deleted is a tombstone.
CREATE TABLE counted_activity (
    activity_id       BIGINT       PRIMARY KEY,
    owner_account_id  BIGINT,
    surface           VARCHAR(16),
    status            VARCHAR(16),
    deleted           BOOLEAN      NOT NULL DEFAULT FALSE,
    version           BIGINT       NOT NULL
);
CREATE INDEX counted_activity_owner ON counted_activity (owner_account_id, status);
CREATE INDEX counted_activity_status ON counted_activity (status);

-- A user's collection of an activity: the newest collection id seen and whether it still stands.
CREATE TABLE activity_collection (
    account_id     BIGINT   NOT NULL,
    activity_id    BIGINT   NOT NULL,
    collection_id  BIGINT   NOT NULL,
    collected      BOOLEAN  NOT NULL,
    PRIMARY KEY (account_id, activity_id)
);

CREATE TABLE counted_meeting (
    meeting_id          BIGINT   PRIMARY KEY,
    creator_account_id  BIGINT,
    cancelled           BOOLEAN  NOT NULL DEFAULT FALSE
);
CREATE INDEX counted_meeting_creator ON counted_meeting (creator_account_id);

CREATE TABLE meeting_collection (
    account_id     BIGINT   NOT NULL,
    meeting_id     BIGINT   NOT NULL,
    collection_id  BIGINT   NOT NULL,
    collected      BOOLEAN  NOT NULL,
    PRIMARY KEY (account_id, meeting_id)
);
