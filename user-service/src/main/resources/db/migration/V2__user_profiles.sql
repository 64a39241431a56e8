-- Profiles of every surface's users, created when account-service announces a new account.
CREATE TABLE user_profile (
    account_id      BIGINT        PRIMARY KEY,
    uid             VARCHAR(32)   NOT NULL UNIQUE,
    nickname        VARCHAR(64)   NOT NULL,
    avatar          VARCHAR(500)  NOT NULL DEFAULT '',
    sign            VARCHAR(200),
    gitee_name      VARCHAR(40),
    level           SMALLINT      NOT NULL DEFAULT 1,
    activity_level  SMALLINT      NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now()
);
