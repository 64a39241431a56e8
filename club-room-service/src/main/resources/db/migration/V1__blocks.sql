-- Campus blocks (版块): the sections organizations and activities belong to.
CREATE TABLE block (
    id   BIGSERIAL PRIMARY KEY,
    name VARCHAR(50) NOT NULL UNIQUE
);
