-- Shipped by platform-events and run by each service's Flyway before the service's own migrations (V1 and up).

-- Domain events written in the same transaction as the change they describe, relayed to Kafka in position order.
CREATE TABLE outbox_event (
    position      BIGSERIAL PRIMARY KEY,
    event_id      UUID         NOT NULL UNIQUE,
    topic         VARCHAR(249) NOT NULL,
    aggregate_id  VARCHAR(255) NOT NULL,
    event_type    VARCHAR(255) NOT NULL,
    payload       TEXT         NOT NULL,
    headers       TEXT         NOT NULL DEFAULT '{}',
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    attempts      INTEGER      NOT NULL DEFAULT 0,
    last_error    TEXT
);

-- Events a consumer has already applied, so a redelivered event changes nothing twice.
CREATE TABLE processed_event (
    consumer      VARCHAR(255) NOT NULL,
    event_id      UUID         NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
