-- One person is one account, whichever surface they sign in on: phone number and WeChat ids link to it.
CREATE TABLE account (
    id              BIGSERIAL    PRIMARY KEY,
    uid             VARCHAR(32)  NOT NULL UNIQUE,            -- the app surface's id: 32 lower-case hex
    status          SMALLINT     NOT NULL DEFAULT 1,         -- 1 normal, -1 limited, -2 frozen, -99 deleted
    country_code    VARCHAR(4),
    mobile          VARCHAR(20),
    wechat_openid   VARCHAR(128) UNIQUE,
    wechat_unionid  VARCHAR(128) UNIQUE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (country_code, mobile)
);

-- SMS captchas: only a hash of the code is kept; a code is used once, or dies after five wrong tries.
CREATE TABLE sms_captcha (
    id               BIGSERIAL    PRIMARY KEY,
    country_code     VARCHAR(4)   NOT NULL,
    mobile           VARCHAR(20)  NOT NULL,
    code_hash        VARCHAR(64)  NOT NULL,
    requester_ip     VARCHAR(64),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at       TIMESTAMPTZ  NOT NULL,
    failed_attempts  INTEGER      NOT NULL DEFAULT 0,
    closed_at        TIMESTAMPTZ
);
CREATE INDEX sms_captcha_phone ON sms_captcha (country_code, mobile, created_at DESC);
CREATE INDEX sms_captcha_ip ON sms_captcha (requester_ip, created_at DESC);

-- App sessions: the token is compared, so only its hash is kept; the secret signs requests, so it is kept.
CREATE TABLE app_session (
    id             BIGSERIAL    PRIMARY KEY,
    account_id     BIGINT       NOT NULL REFERENCES account (id),
    token_hash     VARCHAR(64)  NOT NULL UNIQUE,
    access_secret  VARCHAR(64)  NOT NULL,
    client_type    SMALLINT,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ  NOT NULL,
    revoked_at     TIMESTAMPTZ
);
CREATE INDEX app_session_account ON app_session (account_id) WHERE revoked_at IS NULL;
