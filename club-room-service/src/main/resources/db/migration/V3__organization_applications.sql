-- Applications to create a campus organization, decided by a super user.
CREATE TABLE organization_application (
    id                   BIGSERIAL PRIMARY KEY,
    name                 VARCHAR(50)  NOT NULL,
    description          VARCHAR(500) NOT NULL,
    status               SMALLINT     NOT NULL DEFAULT 0,
    applicant_account_id BIGINT       NOT NULL,
    block_id             BIGINT       NOT NULL REFERENCES block (id) ON DELETE CASCADE,
    organization_id      BIGINT REFERENCES club (id) ON DELETE SET NULL,
    submitted_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT organization_application_status CHECK (status IN (0, 1, 2))
);

-- At most one pending application per name.
CREATE UNIQUE INDEX organization_application_pending_name ON organization_application (name) WHERE status = 0;
CREATE INDEX organization_application_by_applicant ON organization_application (applicant_account_id);
