-- One activity model for every surface (mp, campus, wx H5 pages, the request-code protocol). A surface's controllers
-- map it to their document; columns a surface does not use stay null.
CREATE TABLE activity (
    id                    BIGSERIAL     PRIMARY KEY,
    -- The surface it was created on: mp lists show mp activities, campus lists campus ones.
    surface               VARCHAR(16)   NOT NULL CHECK (surface IN ('mp', 'campus', 'codes')),
    -- Stored state only; registering/going/completed follow from the dates at the time of a query.
    status                VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'WAITING', 'PUBLISHED', 'TAKEN_DOWN')),
    title                 VARCHAR(100)  NOT NULL,
    synopsis              TEXT,
    -- Days (mp); for activities with times (campus, codes) the days of start_at and end_at in the suite's zone.
    -- A request-code activity has none until its details arrive (10302).
    start_date            DATE,
    end_date              DATE          CHECK (end_date >= start_date),
    start_at              TIMESTAMPTZ,
    end_at                TIMESTAMPTZ,
    -- mp activity_category 1-4; campus categories are their own table (category_id).
    category              SMALLINT,
    category_id           BIGINT,
    -- 1 offline, 2 online, 3 both
    activity_type         SMALLINT      CHECK (activity_type BETWEEN 1 AND 3),
    address               VARCHAR(100),
    detail_address        VARCHAR(100),
    location_id           BIGINT,
    longitude             NUMERIC(10, 6),
    latitude              NUMERIC(10, 6),
    register_url          VARCHAR(255),
    online_url            VARCHAR(255),
    replay_url            VARCHAR(255),
    sign_url              VARCHAR(255),
    poster                SMALLINT,
    cover_url             VARCHAR(500),
    -- JSON: days of sessions with speakers, as the client sent them.
    schedules             TEXT,
    -- Null is unlimited. The database holds joined to capacity, whatever the number of simultaneous joins.
    capacity              INTEGER       CHECK (capacity IS NULL OR capacity >= 1),
    min_participants      INTEGER       CHECK (min_participants IS NULL OR min_participants >= 0),
    joined                INTEGER       NOT NULL DEFAULT 0,
    review_required       BOOLEAN       NOT NULL DEFAULT FALSE,
    owner_account_id      BIGINT        NOT NULL,
    organization_id       BIGINT,
    block_id              BIGINT,
    tags                  TEXT[]        NOT NULL DEFAULT '{}',
    free                  BOOLEAN,
    price                 VARCHAR(10),
    join_deadline         TIMESTAMPTZ,
    -- Object keys of the activity's images.
    images                TEXT[]        NOT NULL DEFAULT '{}',
    -- The wx surface's H5 page.
    background_url        VARCHAR(500),
    logo_url              VARCHAR(500),
    music_url             VARCHAR(500),
    permission_meeting_id BIGINT,
    collect_info          VARCHAR(16),
    close_at              TIMESTAMPTZ,
    course_id             VARCHAR(64),
    wx_code               VARCHAR(500),
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    published_at          TIMESTAMPTZ,
    CONSTRAINT joined_within_capacity CHECK (joined >= 0 AND (capacity IS NULL OR joined <= capacity))
);

-- Public lists: a surface's published activities by start date, newest first.
CREATE INDEX activity_listing ON activity (surface, status, start_date DESC, id);
-- A user's own activities by status (drafts, waiting, published).
CREATE INDEX activity_by_owner ON activity (owner_account_id, status, start_date DESC, id);
-- A user's activity of a given title (request codes: 10312).
CREATE INDEX activity_owner_title ON activity (owner_account_id, title);
-- Calendar ranges.
CREATE INDEX activity_calendar ON activity (status, end_date, start_date) WHERE surface = 'mp';

-- Who joined which activity. One row per (activity, account); PENDING is an application waiting for review.
CREATE TABLE participant (
    id            BIGSERIAL    PRIMARY KEY,
    activity_id   BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    account_id    BIGINT       NOT NULL,
    state         VARCHAR(16)  NOT NULL DEFAULT 'JOINED' CHECK (state IN ('JOINED', 'PENDING')),
    joined_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT participant_once UNIQUE (activity_id, account_id)
);
CREATE INDEX participant_by_account ON participant (account_id, activity_id);

-- A user's collected activities (mp); the row's id is the caller's collection_id.
CREATE TABLE activity_collection (
    id            BIGSERIAL    PRIMARY KEY,
    activity_id   BIGINT       NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    account_id    BIGINT       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT collection_once UNIQUE (account_id, activity_id)
);
CREATE INDEX collection_by_activity ON activity_collection (activity_id);
