-- WeChat web logins of the H5 share pages (snsapi_base): an opaque token the browser keeps in the chaoqer_wx_code
-- cookie, stored only as its hash, for the WeChat visitor (openid; unionid when WeChat gave one) and the account
-- it led to when there was one.
CREATE TABLE h5_session (
    token_hash   VARCHAR(64)   PRIMARY KEY,
    openid       VARCHAR(128)  NOT NULL,
    unionid      VARCHAR(128),
    account_id   BIGINT        REFERENCES account (id),
    created_at   TIMESTAMPTZ   NOT NULL,
    expires_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX h5_session_account ON h5_session (account_id);
CREATE INDEX h5_session_openid ON h5_session (openid);
