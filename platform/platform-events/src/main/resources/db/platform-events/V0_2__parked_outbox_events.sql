-- Shipped by platform-events and run by each service's Flyway before the service's own migrations (V1 and up).

-- attempts and last_error of outbox_event count and describe the broker's refusals of that record (too large, a topic
-- that cannot exist); a broker that cannot be reached does not count.
COMMENT ON COLUMN outbox_event.attempts IS 'times the broker refused this record; an unreachable broker does not count';
COMMENT ON COLUMN outbox_event.last_error IS 'the latest refusal';

-- Events the broker refused platform.events.relay-attempts times, moved aside by the relay so that the events after
-- them go on. An operator looks at them, fixes the cause and re-queues them (README, "Events").
CREATE TABLE outbox_event_parked (
    position      BIGINT       PRIMARY KEY,
    event_id      UUID         NOT NULL UNIQUE,
    topic         VARCHAR(249) NOT NULL,
    aggregate_id  VARCHAR(255) NOT NULL,
    event_type    VARCHAR(255) NOT NULL,
    payload       TEXT         NOT NULL,
    headers       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    attempts      INTEGER      NOT NULL,
    last_error    TEXT,
    parked_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
