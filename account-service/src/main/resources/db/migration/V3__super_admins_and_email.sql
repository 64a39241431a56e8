-- Campus super users: each is also an account, so its tokens are like any other; the password is a BCrypt hash.
CREATE TABLE super_admin (
    id             BIGSERIAL     PRIMARY KEY,
    account_id     BIGINT        NOT NULL UNIQUE REFERENCES account (id),
    username       VARCHAR(15)   NOT NULL UNIQUE,
    email          VARCHAR(254)  NOT NULL UNIQUE,
    password_hash  VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- The e-mail address a campus user proved they own.
ALTER TABLE account ADD COLUMN email VARCHAR(254);
