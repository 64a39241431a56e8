-- App and campus feedback; account_id becomes NULL when its author's data is erased.
CREATE TABLE feedback (
    id              BIGSERIAL     PRIMARY KEY,
    account_id      BIGINT,
    surface         VARCHAR(10)   NOT NULL CHECK (surface IN ('app', 'campus')),
    origin_type     SMALLINT,
    origin_id       VARCHAR(64),
    feedback_type   SMALLINT,
    content         VARCHAR(500)  NOT NULL,
    images          TEXT[]        NOT NULL DEFAULT '{}',
    client_type     SMALLINT,
    client_version  VARCHAR(32),
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX feedback_surface ON feedback (surface, id);
CREATE INDEX feedback_account ON feedback (account_id);

-- A user reports a target once; account_id becomes NULL when the reporter's data is erased.
CREATE TABLE report (
    id           BIGSERIAL     PRIMARY KEY,
    account_id   BIGINT,
    source_type  SMALLINT      NOT NULL CHECK (source_type IN (1, 2)),
    source_id    VARCHAR(64)   NOT NULL,
    reason_type  SMALLINT      NOT NULL CHECK (reason_type BETWEEN 1 AND 5),
    reason       VARCHAR(500)  NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    UNIQUE (account_id, source_type, source_id)
);

-- Upload credentials handed out: which object key belongs to whom.
CREATE TABLE image_upload (
    image_id    VARCHAR(32)   PRIMARY KEY,
    account_id  BIGINT        NOT NULL REFERENCES user_profile (account_id) ON DELETE CASCADE,
    image_dir   VARCHAR(16)   NOT NULL,
    object_key  VARCHAR(200)  NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX image_upload_account ON image_upload (account_id);

-- Link previews by the MD5 of the link, kept once fetched with a title and a URL.
CREATE TABLE link_preview (
    link_md5     VARCHAR(32)    PRIMARY KEY,
    url          VARCHAR(2048)  NOT NULL,
    title        VARCHAR(500)   NOT NULL,
    description  VARCHAR(1000)  NOT NULL,
    image        VARCHAR(2048)  NOT NULL,
    fetched_at   TIMESTAMPTZ    NOT NULL
);
