-- Codes that prove a campus user owns an e-mail address: one use, short-lived, kept as a hash.
CREATE TABLE email_code (
    id           BIGSERIAL     PRIMARY KEY,
    account_id   BIGINT        NOT NULL REFERENCES account (id),
    email        VARCHAR(254)  NOT NULL,
    code_hash    VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ   NOT NULL,
    used_at      TIMESTAMPTZ
);
CREATE INDEX email_code_account ON email_code (account_id, created_at DESC);

-- Organization API keys for the wx surface (access_type=org): shown once, stored as a hash.
CREATE TABLE org_api_key (
    id               UUID          PRIMARY KEY,
    organization_id  BIGINT        NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    key_prefix       VARCHAR(16)   NOT NULL,
    key_hash         VARCHAR(64)   NOT NULL UNIQUE,
    created_by       BIGINT        NOT NULL REFERENCES account (id),
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    revoked_at       TIMESTAMPTZ
);
CREATE INDEX org_api_key_organization ON org_api_key (organization_id);
