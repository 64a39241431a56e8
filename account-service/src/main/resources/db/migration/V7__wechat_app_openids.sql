-- A WeChat user has one openid per mini-program (mp, campus); subscribe messages must be addressed to the openid of
-- the mini-program that sends them, so each sign-in records the openid it came with, per app.
CREATE TABLE wechat_app_openid (
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    app         VARCHAR(16)  NOT NULL,
    openid      VARCHAR(128) NOT NULL,
    PRIMARY KEY (account_id, app)
);
