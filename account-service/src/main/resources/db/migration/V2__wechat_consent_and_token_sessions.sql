-- Privacy-policy consent (mp): until a user agrees, the gateway lets them reach only login, refresh, agree,
-- logout and log-off.
ALTER TABLE account ADD COLUMN privacy_agreed_at TIMESTAMPTZ;
ALTER TABLE account ADD COLUMN privacy_version VARCHAR(32);

-- Keys that sign mp and campus JWTs. Retired keys stay published until the tokens they signed have expired.
CREATE TABLE signing_key (
    kid          VARCHAR(64)  PRIMARY KEY,
    jwk          TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    retired_at   TIMESTAMPTZ
);

-- A sign-in on the mp or campus surface: its refresh tokens form one family, revoked together.
CREATE TABLE token_session (
    id           UUID         PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id),
    surface      VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ,
    revoke_reason VARCHAR(64)
);
CREATE INDEX token_session_account ON token_session (account_id) WHERE revoked_at IS NULL;

-- Each refresh token can be used once; using one twice revokes its whole session.
CREATE TABLE refresh_token (
    jti          VARCHAR(64)  PRIMARY KEY,
    session_id   UUID         NOT NULL REFERENCES token_session (id),
    expires_at   TIMESTAMPTZ  NOT NULL,
    used_at      TIMESTAMPTZ
);
CREATE INDEX refresh_token_session ON refresh_token (session_id);
