-- The mp permission levels user-service decides, copied from its user.levels-changed events so that the principal
-- look-up gives them to the gateway; version is user-service's, so an older event never overwrites a newer one.
CREATE TABLE account_levels (
    account_id      BIGINT       PRIMARY KEY REFERENCES account (id),
    level           SMALLINT     NOT NULL,
    activity_level  SMALLINT     NOT NULL,
    sponsor         BOOLEAN      NOT NULL,
    version         BIGINT       NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
