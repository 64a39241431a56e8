-- The room commands beyond roles: what a speaker shows the room (an image or a link until it is cleared, an icon for
-- a few seconds), what the hosts pinned and the room's live video stage. Presence state like the rest of the room's:
-- shared by every replica, changed under the room's row lock, dropped when the room closes.

-- 'image' or 'link' (the original's tool/toolData in the member hash), and the icon until it expires.
ALTER TABLE room_participant
    ADD COLUMN tool            VARCHAR(8),
    ADD COLUMN tool_data       VARCHAR(500),
    ADD COLUMN icon            VARCHAR(64),
    ADD COLUMN icon_expires_at TIMESTAMPTZ;

CREATE INDEX room_participant_icon_expiry ON room_participant (icon_expires_at) WHERE icon_expires_at IS NOT NULL;

-- The live stage: NULL while closed, else 'open', 'up' (live_uid is on it) or 'down'.
ALTER TABLE room
    ADD COLUMN live_stage VARCHAR(8),
    ADD COLUMN live_uid   VARCHAR(32);

-- Pinned images and links; pin_id is the MD5 (hex) of tool_data, so the same thing is pinned once.
CREATE TABLE room_pin (
    room_pk    BIGINT       NOT NULL REFERENCES room (id) ON DELETE CASCADE,
    pin_id     VARCHAR(32)  NOT NULL,
    tool       VARCHAR(8)   NOT NULL,
    tool_data  VARCHAR(500) NOT NULL,
    -- whose shown tool was pinned, when it was someone's
    from_uid   VARCHAR(32),
    pinned_by  VARCHAR(32)  NOT NULL,
    pinned_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (room_pk, pin_id)
);
